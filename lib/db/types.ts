import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * What a query function runs on: the client, or an open transaction, so that a service can put several queries
 * (and their events) into one transaction without the queries knowing.
 */
export type Db = PrismaClient | Prisma.TransactionClient;
export type Tx = Prisma.TransactionClient;
