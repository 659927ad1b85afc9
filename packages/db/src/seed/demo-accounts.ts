/** The demo accounts the seed creates and `npm start` prints. Demo only: never on a real server. */
export const DEMO_PASSWORD = "quizdeck-demo";

export const DEMO_TEACHER = { name: "Dana Teacher", email: "teacher@quizdeck.test" } as const;

export const DEMO_STUDENTS = [
  { name: "Sam Student", email: "student@quizdeck.test", skill: 0.7 },
  { name: "Aigerim Nurlanovna", email: "aigerim@quizdeck.test", skill: 0.85 },
  { name: "Bakhyt Seitkali", email: "bakhyt@quizdeck.test", skill: 0.55 },
  { name: "Chloé Martin", email: "chloe@quizdeck.test", skill: 0.65 },
  { name: "Dmitri Volkov", email: "dmitri@quizdeck.test", skill: 0.45 },
] as const;

export const DEMO_CLASS = { name: "Current Affairs 11 (demo)", joinCode: "KUCERA7" } as const;
