/** How a person runs the command line, as shown in usage texts and hints. */
export const PROGRAM = "npm run nianbao --";
