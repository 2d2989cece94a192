/**
 * Why: the benchmarks keep their own build (.next-bench) between runs, and a build of older code would measure
 * the wrong thing without saying so. The stamp names the source a build was made from: the commit, plus every
 * uncommitted change and untracked file. Outside a git checkout there is no stamp (null).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';

export function sourceStamp(dir = process.cwd()): string | null {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  try {
    const hash = createHash('sha256')
      .update(git('rev-parse', 'HEAD'))
      .update(git('diff', 'HEAD', '--binary'));
    for (const file of git('ls-files', '--others', '--exclude-standard', '-z').split('\0').filter(Boolean)) {
      hash.update(file).update(git('hash-object', '--', file));
    }
    return hash.digest('hex');
  } catch {
    return null;
  }
}
