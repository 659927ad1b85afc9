import {
  DEMO_CLASS,
  DEMO_PASSWORD,
  DEMO_STUDENTS,
  DEMO_TEACHER,
} from "../src/seed/demo-accounts.ts";

export function printDemoAccounts(): void {
  console.log(`
Demo accounts (password for all: ${DEMO_PASSWORD})
  teacher  ${DEMO_TEACHER.email}
  student  ${DEMO_STUDENTS.map((student) => student.email).join(", ")}
  class    ${DEMO_CLASS.name}, join code ${DEMO_CLASS.joinCode}
`);
}
