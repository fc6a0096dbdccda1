import { hashPassword, verifyPassword } from "@/lib/auth/password";
let t = Date.now(); const h = await hashPassword("agent-demo-1"); console.log(h, Date.now() - t);
t = Date.now(); console.log(await verifyPassword("agent-demo-1", h), await verifyPassword("agent-demo-2", h), Date.now() - t);
