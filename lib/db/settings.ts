import "server-only";
import type { Db } from "./types";

/** Named values kept in the database (Setting), one row per key. */
export async function readSetting(prisma: Db, key: string): Promise<string | null> {
  const row = await prisma.setting.findUnique({ where: { key } });
  return row?.value ?? null;
}

export async function writeSetting(prisma: Db, key: string, value: string): Promise<void> {
  await prisma.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}
