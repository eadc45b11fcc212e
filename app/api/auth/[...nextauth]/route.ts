import { handleAuthRequest } from "@/lib/auth/route";

export { handleAuthRequest as GET, handleAuthRequest as POST };
