-- CreateIndex
CREATE INDEX "ServiceRequest_applicantId_submittedAt_id_idx" ON "ServiceRequest"("applicantId", "submittedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_id_idx" ON "Notification"("userId", "createdAt" DESC, "id" DESC);
