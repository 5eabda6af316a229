-- CreateTable
CREATE TABLE "registration_counters" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "registration_counters_pkey" PRIMARY KEY ("year")
);
