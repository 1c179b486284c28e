/**
 * `stancegraph neo4j image`: builds the local container image stancegraph/neo4j:5.26-local with
 * Podman (src/neo4j/image/), for machines without a container registry. See docs/CONTAINERS.md.
 *
 * This module exports `neo4jCommand`: the `neo4j` command of src/commands/neo4j.ts with the
 * `image` action added in front (src/commands/index.ts imports it from here); every other action
 * goes to the original unchanged.
 */
import { StancegraphError } from '../errors';
import { buildNeo4jImage, imageSettings } from '../neo4j/image';
import { neo4jCommand as launcherCommand } from './neo4j';
import type { Command } from './types';

const imageUsage = `Usage: stancegraph neo4j image [--force]

Builds the container image stancegraph/neo4j:5.26-local with Podman, without any registry: Debian
bookworm (debootstrap minbase + OpenJDK 17 JRE, from Debian's mirror) plus the Neo4j 5.26 community
server, Browser and APOC core that \`stancegraph neo4j start\` provisions from Maven Central. Its
entrypoint honours NEO4J_AUTH (neo4j/<password> or none) and NEO4J_<setting> like the official image.
Rebuilds only when an input changed (label io.stancegraph.inputs). Prints the image name on stdout.
Needs root the first time (debootstrap), podman, runc, debootstrap, Java 17+ and Maven.

  --force   rebuild the image even if its inputs did not change

Environment:
  STANCEGRAPH_NEO4J_IMAGE       image name (default stancegraph/neo4j:5.26-local)
  STANCEGRAPH_CONTAINERS_CACHE  Debian root file system and build context (default <project>/.cache/containers)
  STANCEGRAPH_NEO4J_CACHE       the launcher's jar cache (default <project>/.cache/neo4j)
  DEBIAN_MIRROR                 default http://deb.debian.org/debian
  CONTAINERS_CONF               default scripts/containers/containers.conf
  PODMAN, PODMAN_RUNTIME        podman binary (default podman) and OCI runtime (default runc)`;

export const neo4jCommand: Command = {
  ...launcherCommand,
  usage: `${launcherCommand.usage}\n\n${imageUsage}`,
  async run(argv, io) {
    if (argv[0] !== 'image') return launcherCommand.run(argv, io);
    const rest = argv.slice(1);
    const force = rest.includes('--force');
    const unknown = rest.find((a) => a !== '--force');
    if (unknown) throw new StancegraphError('E_USAGE', `unexpected argument "${unknown}"`);
    const s = imageSettings(io.env);
    const result = await buildNeo4jImage(s, (line) => io.stderr.write(`neo4j image: ${line}\n`), { force });
    io.stdout.write(`${result.image}\n`);
    return 0;
  },
};
