"use server";

import { staffAction } from "@/lib/auth/action";
import { evalCaseInputSchema } from "@/lib/review/eval-case";
import {
  assessHandoff,
  handoffInputSchema,
  qaInputSchema,
  saveEvalCase,
  scoreConversation,
} from "@/lib/review/supervision";

/** The supervisor's server actions: each checks input, session, active account and role in staffAction, then writes with its audit row. */

export const scoreConversationAction = staffAction(
  { role: "supervisor", input: qaInputSchema, name: "supervisor.score" },
  (input, { staff, prisma }) => scoreConversation(prisma, staff, input),
);

export const assessHandoffAction = staffAction(
  { role: "supervisor", input: handoffInputSchema, name: "supervisor.assess_handoff" },
  (input, { staff, prisma }) => assessHandoff(prisma, staff, input),
);

export const createEvalCaseAction = staffAction(
  { role: "supervisor", input: evalCaseInputSchema, name: "supervisor.eval_case" },
  (input, { staff, prisma }) => saveEvalCase(prisma, staff, input),
);
