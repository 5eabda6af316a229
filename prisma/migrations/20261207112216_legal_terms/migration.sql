-- CreateEnum
CREATE TYPE "TermUnit" AS ENUM ('CALENDAR_DAYS', 'WORKING_DAYS');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('DAY_OFF', 'WORKING_DAY');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EventType" ADD VALUE 'TERM_SUSPENDED' BEFORE 'APPROVED';
ALTER TYPE "EventType" ADD VALUE 'DUE_DATE_CHANGED' BEFORE 'APPROVED';
ALTER TYPE "EventType" ADD VALUE 'TACIT_APPROVAL' BEFORE 'APPROVED';

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "legalTermUnit" "TermUnit" NOT NULL DEFAULT 'CALENDAR_DAYS',
ADD COLUMN     "suspendOnFee" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "suspendOnInfo" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "tacitApproval" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "tacitApprovalBasisEn" TEXT,
ADD COLUMN     "tacitApprovalBasisRo" TEXT;

-- AlterTable
ALTER TABLE "ServiceRequest" ADD COLUMN     "answerWorkingDays" INTEGER,
ADD COLUMN     "answeredOnTime" BOOLEAN,
ADD COLUMN     "tacitApprovedAt" TIMESTAMP(3),
ADD COLUMN     "term" JSONB,
ADD COLUMN     "termExtensionDays" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "termSuspendedSince" TIMESTAMP(3),
ADD COLUMN     "termSuspensions" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "CalendarDay" (
    "day" TEXT NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "noteRo" TEXT NOT NULL,
    "noteEn" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "DeadlineReminder" (
    "id" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "list" TEXT NOT NULL,
    "emailId" TEXT NOT NULL,
    "requests" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineReminder_day_userId_list_key" ON "DeadlineReminder"("day", "userId", "list");

-- The catalog's services created before terms had units (the seed never rewrites a service):
-- their terms as the law states them. Only columns this migration adds, so nothing an
-- administrator set is changed.
UPDATE "Service" SET "legalTermUnit" = 'WORKING_DAYS'
WHERE slug IN ('certificat-atestare-fiscala-persoane-fizice', 'certificat-atestare-fiscala-persoane-juridice') AND "legalTermDays" = 2;
UPDATE "Service" SET "suspendOnInfo" = false WHERE slug IN ('petitie-sesizare', 'informatii-de-interes-public');
UPDATE "Service" SET "suspendOnFee" = false
WHERE slug IN ('certificat-atestare-fiscala-persoane-fizice', 'certificat-atestare-fiscala-persoane-juridice', 'declaratie-impunere-cladiri-teren',
  'informatii-de-interes-public', 'inregistrare-radiere-vehicul', 'istoric-rol-fiscal', 'petitie-sesizare', 'restituire-sume-platite');
UPDATE "Service" SET "tacitApproval" = true,
  "tacitApprovalBasisRo" = 'Ordonanța de urgență a Guvernului nr. 27/2003 privind procedura aprobării tacite, aprobată prin Legea nr. 486/2003, art. 2 alin. (1) și art. 3 alin. (1) lit. b)',
  "tacitApprovalBasisEn" = 'Government Emergency Ordinance No. 27/2003 on the tacit approval procedure, approved by Law No. 486/2003, Article 2(1) and Article 3(1)(b)'
WHERE slug = 'acord-de-functionare';

-- Requests filed before terms were kept on the request: their service's term as it is now
-- (calendar days, as they were counted), and a term that stands still since the request began to
-- wait for the applicant, where it waits now.
UPDATE "ServiceRequest" r
SET "term" = jsonb_build_object(
      'days', s."legalTermDays", 'unit', 'CALENDAR_DAYS', 'maxExtensionDays', s."maxExtensionDays",
      'suspendOnInfo', s."suspendOnInfo", 'suspendOnFee', s."suspendOnFee", 'tacitApproval', s."tacitApproval",
      'legalBasisRo', s."legalBasisRo", 'legalBasisEn', s."legalBasisEn",
      'tacitApprovalBasisRo', s."tacitApprovalBasisRo", 'tacitApprovalBasisEn', s."tacitApprovalBasisEn")
FROM "ServiceVersion" v JOIN "Service" s ON s.id = v."serviceId"
WHERE v.id = r."serviceVersionId" AND r."submittedAt" IS NOT NULL;

UPDATE "ServiceRequest" r
SET "termSuspendedSince" = e.at,
    "termSuspensions" = jsonb_build_array(jsonb_build_object(
      'from', to_char(e.at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'to', NULL,
      'reason', CASE WHEN r.status = 'NEEDS_INFO' THEN 'info' ELSE 'fee' END))
FROM (
  SELECT "requestId", max("createdAt") AS at FROM "RequestEvent"
  WHERE "toStatus" IN ('NEEDS_INFO', 'AWAITING_PAYMENT') GROUP BY "requestId"
) e
WHERE e."requestId" = r.id AND r.status IN ('NEEDS_INFO', 'AWAITING_PAYMENT');

-- Their due date was the filing moment + N × 24 h, and a term ends at the end of its last day
-- (23:59:59 Romanian time), so an open request is not overdue in the middle of that day.
UPDATE "ServiceRequest"
SET "dueAt" = ((((("dueAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Bucharest')::date + 1)::timestamp AT TIME ZONE 'Europe/Bucharest') AT TIME ZONE 'UTC') - interval '1 second'
WHERE "dueAt" IS NOT NULL AND status IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'AWAITING_PAYMENT', 'PAYMENT_SUBMITTED');
