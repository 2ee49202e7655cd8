/** Astro 7 needs Node >= 22.12; the project brings its own through the `node` package. */
export function assertNodeVersion(): void {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    console.error(
      `This project needs Node >= 22.12, but it is running on Node ${process.versions.node}.\n` +
        'Run it through npm (npm start, npm test), which puts the Node from node_modules/.bin first on PATH; run `npm install` first if node_modules is missing.',
    );
    process.exit(1);
  }
}
