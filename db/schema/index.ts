export * from "./enums";
export * from "./users";
export * from "./addresses";
export * from "./listings";
export * from "./orders";
export * from "./auctions";
export * from "./market";
export * from "./notifications";
