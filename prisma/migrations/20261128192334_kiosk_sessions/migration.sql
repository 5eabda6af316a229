-- CreateTable
CREATE TABLE "KioskSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "KioskSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KioskSession_userId_createdAt_idx" ON "KioskSession"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "KioskSession" ADD CONSTRAINT "KioskSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
