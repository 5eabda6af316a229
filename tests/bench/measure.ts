/** Times `attempt` (the i-th call gets i) after one warm-up call; prints the median and p90. */
export async function measure(label: string, attempt: (i: number) => Promise<unknown>, runs = 20) {
  await attempt(-1);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await attempt(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] as number).toFixed(1);
  console.log(`${label.padEnd(34)} median ${at(0.5)} ms   p90 ${at(0.9)} ms   (n=${runs})`);
}
