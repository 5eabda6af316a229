-- AlterTable
ALTER TABLE "User" ADD COLUMN     "essentialEmailsOnly" BOOLEAN NOT NULL DEFAULT false;
