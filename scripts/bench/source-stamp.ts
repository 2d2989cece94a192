/**
 * Why: the benchmarks keep their own build (.next-bench) between runs, and a build of older code would measure
 * the wrong thing without saying so. The stamp names the source a build was made from: the commit, plus every
 * uncommitted change and untracked file. Outside a git checkout there is no stamp (null).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';

export function sourceStamp(dir = process.cwd()): string | null {
  const git = (args: string[], input?: string) =>
    execFileSync('git', args, { cwd: dir, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  try {
    const untracked = git(['ls-files', '--others', '--exclude-standard']);
    // One git call hashes every untracked file (their names are in `untracked`, so a rename changes the stamp too).
    const untrackedHashes = untracked ? git(['hash-object', '--stdin-paths'], untracked) : '';
    return createHash('sha256')
      .update(git(['rev-parse', 'HEAD']))
      .update(git(['diff', 'HEAD', '--binary']))
      .update(untracked)
      .update(untrackedHashes)
      .digest('hex');
  } catch {
    return null;
  }
}
