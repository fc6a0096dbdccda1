-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "turnAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "turnClaimedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "VerificationThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),
    "lockCount" INTEGER NOT NULL DEFAULT 0,
    "handedOffAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VerificationThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "VerificationThrottle_updatedAt_idx" ON "VerificationThrottle"("updatedAt");
