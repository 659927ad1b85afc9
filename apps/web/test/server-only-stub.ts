// Stands in for the "server-only" guard in unit tests (plain Node has no RSC condition).
export {};
