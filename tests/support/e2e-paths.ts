/** Where the end-to-end server on a port keeps its data, and the copy of its log the tests read emails from. */
export function e2ePaths(port: number) {
  const dataDir = `.data/e2e-${port}`;
  return { dataDir, serverLogFile: `${dataDir}/server.log` };
}

export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
