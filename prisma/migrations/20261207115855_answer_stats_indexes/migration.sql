-- CreateIndex
CREATE INDEX "ServiceRequest_status_closedAt_idx" ON "ServiceRequest"("status", "closedAt");

-- CreateIndex
CREATE INDEX "ServiceRequest_departmentId_status_closedAt_idx" ON "ServiceRequest"("departmentId", "status", "closedAt");
