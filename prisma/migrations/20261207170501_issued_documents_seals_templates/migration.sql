-- CreateEnum
CREATE TYPE "IssuedDocumentKind" AS ENUM ('RECEIPT', 'APPROVAL', 'REFUSAL', 'INFO_REQUEST', 'FEE_NOTICE');

-- CreateEnum
CREATE TYPE "AnswerTemplateKind" AS ENUM ('APPROVAL', 'REFUSAL', 'INFO_REQUEST', 'FEE_NOTICE');

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT,
ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- CreateTable
CREATE TABLE "IssuedDocument" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "IssuedDocumentKind" NOT NULL,
    "requestId" TEXT NOT NULL,
    "documentId" TEXT,
    "storageKey" TEXT,
    "registrationNumber" TEXT NOT NULL,
    "registeredAt" TIMESTAMP(3) NOT NULL,
    "sha256" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "unsealedSizeBytes" INTEGER NOT NULL,
    "sealedBy" TEXT NOT NULL,
    "sealCertSerial" TEXT NOT NULL,
    "sealQualified" BOOLEAN NOT NULL,
    "sealedAt" TIMESTAMP(3) NOT NULL,
    "timestampedAt" TIMESTAMP(3),
    "templateVersionId" TEXT,
    "issuedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IssuedDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditDaySeal" (
    "day" TEXT NOT NULL,
    "firstSeq" BIGINT,
    "lastSeq" BIGINT,
    "rowCount" INTEGER NOT NULL,
    "digest" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "certificate" TEXT NOT NULL,
    "sealedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditDaySeal_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "AnswerTemplate" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "kind" "AnswerTemplateKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnswerTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnswerTemplateVersion" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnswerTemplateVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IssuedDocument_code_key" ON "IssuedDocument"("code");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedDocument_documentId_key" ON "IssuedDocument"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedDocument_storageKey_key" ON "IssuedDocument"("storageKey");

-- CreateIndex
CREATE INDEX "IssuedDocument_sha256_idx" ON "IssuedDocument"("sha256");

-- CreateIndex
CREATE INDEX "IssuedDocument_requestId_kind_createdAt_idx" ON "IssuedDocument"("requestId", "kind", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AnswerTemplate_serviceId_kind_key" ON "AnswerTemplate"("serviceId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "AnswerTemplateVersion_templateId_number_key" ON "AnswerTemplateVersion"("templateId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_seq_key" ON "AuditLog"("seq");

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ServiceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_templateVersionId_fkey" FOREIGN KEY ("templateVersionId") REFERENCES "AnswerTemplateVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerTemplate" ADD CONSTRAINT "AnswerTemplate_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerTemplateVersion" ADD CONSTRAINT "AnswerTemplateVersion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "AnswerTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerTemplateVersion" ADD CONSTRAINT "AnswerTemplateVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
