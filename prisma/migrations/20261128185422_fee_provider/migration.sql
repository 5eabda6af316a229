-- AlterTable
ALTER TABLE "Fee" ADD COLUMN     "provider" TEXT,
ADD COLUMN     "providerPaymentId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Fee_providerPaymentId_key" ON "Fee"("providerPaymentId");
