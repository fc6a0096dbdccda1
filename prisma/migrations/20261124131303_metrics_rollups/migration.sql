-- CreateTable
CREATE TABLE "ConversationRollup" (
    "conversationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "customerId" TEXT,
    "intent" TEXT,
    "path" TEXT NOT NULL,
    "handedOff" BOOLEAN NOT NULL,
    "handoffReason" TEXT,
    "handoffAssessment" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "turnCount" INTEGER NOT NULL,
    "csatScore" INTEGER,
    "resolveSeconds" INTEGER,
    "handleSeconds" INTEGER,
    "firstReplySeconds" INTEGER,
    "recontacted" BOOLEAN NOT NULL DEFAULT false,
    "repeatContact" BOOLEAN NOT NULL DEFAULT false,
    "model" TEXT,
    "aiTurns" INTEGER NOT NULL DEFAULT 0,
    "inputTokens" INTEGER NOT NULL DEFAULT 0,
    "outputTokens" INTEGER NOT NULL DEFAULT 0,
    "violationTypes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "injectionFlags" INTEGER NOT NULL DEFAULT 0,
    "draftsDecided" INTEGER NOT NULL DEFAULT 0,
    "draftsSent" INTEGER NOT NULL DEFAULT 0,
    "draftsEdited" INTEGER NOT NULL DEFAULT 0,
    "draftsHeavilyEdited" INTEGER NOT NULL DEFAULT 0,
    "draftsDiscarded" INTEGER NOT NULL DEFAULT 0,
    "actionsDecided" INTEGER NOT NULL DEFAULT 0,
    "actionsRejected" INTEGER NOT NULL DEFAULT 0,
    "refreshedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConversationRollup_pkey" PRIMARY KEY ("conversationId")
);

-- CreateTable
CREATE TABLE "WeakAnswer" (
    "traceId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "conversationCreatedAt" TIMESTAMP(3) NOT NULL,
    "intent" TEXT,
    "articleId" TEXT,
    "articleTitle" TEXT,
    "score" DOUBLE PRECISION NOT NULL,
    "question" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WeakAnswer_pkey" PRIMARY KEY ("traceId")
);

-- CreateIndex
CREATE INDEX "ConversationRollup_createdAt_idx" ON "ConversationRollup"("createdAt");

-- CreateIndex
CREATE INDEX "WeakAnswer_conversationCreatedAt_idx" ON "WeakAnswer"("conversationCreatedAt");

-- CreateIndex
CREATE INDEX "WeakAnswer_conversationId_idx" ON "WeakAnswer"("conversationId");

-- CreateIndex
CREATE INDEX "Conversation_updatedAt_idx" ON "Conversation"("updatedAt");

-- AddForeignKey
ALTER TABLE "ConversationRollup" ADD CONSTRAINT "ConversationRollup_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeakAnswer" ADD CONSTRAINT "WeakAnswer_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
