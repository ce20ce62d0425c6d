const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ULID: 48 bits of milliseconds then 80 random bits, in Crockford base32, so ids made later
 * sort later and two browsers never make the same one. `randomBytes` is injected for tests.
 */
export function ulid(
  now: number,
  randomBytes: (count: number) => Uint8Array = (count) =>
    crypto.getRandomValues(new Uint8Array(count)),
): string {
  if (!Number.isSafeInteger(now) || now < 0 || now >= 2 ** 48) {
    throw new Error(`a ULID's time must be 0 … 2^48 − 1 ms, not ${now}`);
  }
  let time = '';
  for (let rest = now, digit = 0; digit < 10; digit += 1) {
    time = CROCKFORD[rest % 32] + time;
    rest = Math.floor(rest / 32);
  }
  // 80 bits are 16 base32 digits: read the 10 bytes 5 bits at a time.
  const bytes = randomBytes(10);
  let random = '';
  for (let bit = 0; bit < 80; bit += 5) {
    const byte = bit >> 3;
    const pair = ((bytes[byte]! << 8) | (bytes[byte + 1] ?? 0)) >> (11 - (bit & 7));
    random += CROCKFORD[pair & 31];
  }
  return time + random;
}
