/** 0: done; 1: the bank has problems or cannot be exported; 2: the command line is wrong. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
