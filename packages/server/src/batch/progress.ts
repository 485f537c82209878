// Progress of a long batch on standard error: a bar redrawn in place on a terminal, plain lines (every
// tenth of the way) when the output goes to a file or a pipe.
export interface Progress {
  update(done: number, failed: number): void;
  end(): void;
}

const WIDTH = 30;

export function progressOn(stream: NodeJS.WriteStream, total: number, label = '审核'): Progress {
  const start = performance.now();
  let lastStep = -1;
  const line = (done: number, failed: number) => {
    const seconds = (performance.now() - start) / 1000;
    const bad = failed > 0 ? `，未能读取 ${failed}` : '';
    return `${label} ${done}/${total}${bad}（${seconds.toFixed(1)} 秒）`;
  };
  if (stream.isTTY)
    return {
      update(done, failed) {
        const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
        stream.write(`\r[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${line(done, failed)}`);
      },
      end: () => stream.write('\n'),
    };
  return {
    update(done, failed) {
      const step = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (step === lastStep && done !== total) return;
      lastStep = step;
      stream.write(`${line(done, failed)}\n`);
    },
    end: () => {},
  };
}
