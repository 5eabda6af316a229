-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterTable
ALTER TABLE "ServiceRequest" ADD COLUMN     "applicantSearch" TEXT;

-- CreateIndex
CREATE INDEX "ServiceRequest_open_department_due_idx" ON "ServiceRequest"("departmentId", "dueAt", "id") WHERE (status IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'AWAITING_PAYMENT', 'PAYMENT_SUBMITTED'));

-- CreateIndex
CREATE INDEX "ServiceRequest_open_due_idx" ON "ServiceRequest"("dueAt", "id") WHERE (status IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'AWAITING_PAYMENT', 'PAYMENT_SUBMITTED'));

-- CreateIndex
CREATE INDEX "ServiceRequest_open_department_submitted_idx" ON "ServiceRequest"("departmentId", "submittedAt" DESC, "id" DESC) WHERE (status IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'AWAITING_PAYMENT', 'PAYMENT_SUBMITTED'));

-- CreateIndex
CREATE INDEX "ServiceRequest_open_assignee_due_idx" ON "ServiceRequest"("assigneeId", "dueAt", "id") WHERE (status IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'AWAITING_PAYMENT', 'PAYMENT_SUBMITTED'));

-- CreateIndex
CREATE INDEX "ServiceRequest_departmentId_status_submittedAt_idx" ON "ServiceRequest"("departmentId", "status", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "ServiceRequest_dueAt_idx" ON "ServiceRequest"("dueAt");

-- CreateIndex
CREATE INDEX "ServiceRequest_service_department_status_assignee_idx" ON "ServiceRequest"("serviceVersionId", "departmentId", "status", "assigneeId");

-- CreateIndex
CREATE INDEX "ServiceRequest_assigneeId_departmentId_status_idx" ON "ServiceRequest"("assigneeId", "departmentId", "status");

-- CreateIndex
CREATE INDEX "ServiceRequest_applicantSearch_idx" ON "ServiceRequest" USING GIN ("applicantSearch" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ServiceRequest_open_applicantSearch_idx" ON "ServiceRequest" USING GIN ("applicantSearch" gin_trgm_ops) WHERE (status IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'AWAITING_PAYMENT', 'PAYMENT_SUBMITTED'));
