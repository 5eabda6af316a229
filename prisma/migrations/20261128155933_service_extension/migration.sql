-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "maxExtensionDays" INTEGER NOT NULL DEFAULT 0;
