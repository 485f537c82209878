let last = performance.now(); const lags: number[] = [];
const t = setInterval(() => { const now = performance.now(); lags.push(now - last - 5); last = now; }, 5);
await new Promise((r) => setTimeout(r, 3000));
clearInterval(t);
lags.sort((a, b) => a - b);
console.log('idle lag max', lags.at(-1)!.toFixed(0), 'p99', lags[Math.floor(lags.length * 0.99)]!.toFixed(0), 'n', lags.length);
