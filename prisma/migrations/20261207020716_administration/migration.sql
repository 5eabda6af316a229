-- AlterTable
ALTER TABLE "TermsVersion" ADD COLUMN     "contentPageVersionId" TEXT;

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "workingCopy" JSONB,
ADD COLUMN     "workingCopyRevision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "workingCopyUpdatedAt" TIMESTAMP(3),
ADD COLUMN     "workingCopyUpdatedById" TEXT;

-- AlterTable
ALTER TABLE "NewsPost" ADD COLUMN     "imageAltEn" TEXT,
ADD COLUMN     "imageAltRo" TEXT,
ADD COLUMN     "imageKey" TEXT;

-- CreateTable
CREATE TABLE "ContentPage" (
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentPage_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ContentPageVersion" (
    "id" TEXT NOT NULL,
    "pageKey" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "titleRo" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "leadRo" TEXT NOT NULL,
    "leadEn" TEXT NOT NULL,
    "bodyRo" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "reviewedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,

    CONSTRAINT "ContentPageVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContentPageVersion_pageKey_number_key" ON "ContentPageVersion"("pageKey", "number");

-- CreateIndex
CREATE UNIQUE INDEX "TermsVersion_contentPageVersionId_key" ON "TermsVersion"("contentPageVersionId");

-- AddForeignKey
ALTER TABLE "TermsVersion" ADD CONSTRAINT "TermsVersion_contentPageVersionId_fkey" FOREIGN KEY ("contentPageVersionId") REFERENCES "ContentPageVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentPageVersion" ADD CONSTRAINT "ContentPageVersion_pageKey_fkey" FOREIGN KEY ("pageKey") REFERENCES "ContentPage"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentPageVersion" ADD CONSTRAINT "ContentPageVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
