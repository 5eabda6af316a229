-- CreateEnum
CREATE TYPE "TaxKind" AS ENUM ('BUILDING', 'LAND', 'VEHICLE', 'FINE', 'OTHER');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('CREATED', 'PENDING', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED');

-- AlterEnum
ALTER TYPE "IssuedDocumentKind" ADD VALUE 'PAYMENT_RECEIPT';

-- DropIndex
DROP INDEX "Fee_providerPaymentId_key";

-- AlterTable
ALTER TABLE "Fee" DROP COLUMN "provider",
DROP COLUMN "providerPaymentId";

-- AlterTable
ALTER TABLE "IssuedDocument" ADD COLUMN     "paymentId" TEXT,
ALTER COLUMN "requestId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "TaxImport" (
    "id" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "exportedAt" TIMESTAMP(3) NOT NULL,
    "importedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaxImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaxObligation" (
    "id" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "taxpayerCode" TEXT NOT NULL,
    "taxpayerName" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "TaxKind" NOT NULL,
    "description" TEXT NOT NULL,
    "principalBani" INTEGER NOT NULL,
    "incrementsBani" INTEGER NOT NULL DEFAULT 0,
    "paidBani" INTEGER NOT NULL DEFAULT 0,
    "dueAt" DATE NOT NULL,
    "paymentRank" INTEGER,
    "importId" TEXT NOT NULL,
    "syncedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaxObligation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "payerId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerPaymentId" TEXT,
    "redirectUrl" TEXT,
    "status" "PaymentStatus" NOT NULL DEFAULT 'CREATED',
    "amountBani" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'RON',
    "description" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "returnPath" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "paidAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "refundedAt" TIMESTAMP(3),
    "refundReason" TEXT,
    "refundedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentItem" (
    "id" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "obligationId" TEXT,
    "feeId" TEXT,
    "label" TEXT NOT NULL,
    "amountBani" INTEGER NOT NULL,
    "openKey" TEXT,
    "paidKey" TEXT,

    CONSTRAINT "PaymentItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentNotification" (
    "id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerPaymentId" TEXT NOT NULL,
    "paymentId" TEXT,
    "status" TEXT NOT NULL,
    "amountBani" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentNotification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TaxImport_createdAt_idx" ON "TaxImport"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TaxObligation_externalId_key" ON "TaxObligation"("externalId");

-- CreateIndex
CREATE INDEX "TaxObligation_taxpayerCode_year_idx" ON "TaxObligation"("taxpayerCode", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_number_key" ON "Payment"("number");

-- CreateIndex
CREATE INDEX "Payment_status_expiresAt_idx" ON "Payment"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Payment_createdAt_idx" ON "Payment"("createdAt");

-- CreateIndex
CREATE INDEX "Payment_paidAt_idx" ON "Payment"("paidAt");

-- CreateIndex
CREATE INDEX "Payment_payerId_createdAt_idx" ON "Payment"("payerId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Payment_payerId_idempotencyKey_key" ON "Payment"("payerId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_provider_providerPaymentId_key" ON "Payment"("provider", "providerPaymentId");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentItem_openKey_key" ON "PaymentItem"("openKey");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentItem_paidKey_key" ON "PaymentItem"("paidKey");

-- CreateIndex
CREATE INDEX "PaymentItem_paymentId_idx" ON "PaymentItem"("paymentId");

-- CreateIndex
CREATE INDEX "PaymentItem_obligationId_idx" ON "PaymentItem"("obligationId");

-- CreateIndex
CREATE INDEX "PaymentItem_feeId_idx" ON "PaymentItem"("feeId");

-- CreateIndex
CREATE INDEX "PaymentNotification_receivedAt_idx" ON "PaymentNotification"("receivedAt");

-- CreateIndex
CREATE INDEX "PaymentNotification_paymentId_idx" ON "PaymentNotification"("paymentId");

-- CreateIndex
CREATE INDEX "IssuedDocument_paymentId_idx" ON "IssuedDocument"("paymentId");

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaxImport" ADD CONSTRAINT "TaxImport_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaxObligation" ADD CONSTRAINT "TaxObligation_importId_fkey" FOREIGN KEY ("importId") REFERENCES "TaxImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_payerId_fkey" FOREIGN KEY ("payerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_refundedById_fkey" FOREIGN KEY ("refundedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentItem" ADD CONSTRAINT "PaymentItem_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentItem" ADD CONSTRAINT "PaymentItem_obligationId_fkey" FOREIGN KEY ("obligationId") REFERENCES "TaxObligation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentItem" ADD CONSTRAINT "PaymentItem_feeId_fkey" FOREIGN KEY ("feeId") REFERENCES "Fee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentNotification" ADD CONSTRAINT "PaymentNotification_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
