import { fakerAR, fakerDE, fakerEN, fakerKO, fakerRU, fakerZH_CN, type Faker } from '@faker-js/faker';

/** Seeded mixed-language prose for the scan benchmark: every run scans the same text. */

function paragraph(f: Faker): string {
  const who = `${f.person.fullName()} (${f.person.jobTitle()})`;
  return [
    `${f.company.name()} ${f.company.buzzPhrase()}.`,
    `${who} met ${f.person.fullName()} in ${f.location.city()}, ${f.location.streetAddress()}.`,
    f.lorem.sentences(3),
    `Contact ${f.internet.email()} or ${f.phone.number()}; invoice ${f.string.alphanumeric(10).toUpperCase()} over ${f.finance.amount()} ${f.finance.currencyCode()}.`,
  ].join(' ');
}

export function mixedText(bytes: number, cases: readonly { text: string }[], fakerSeed: number): string {
  const fakers = [fakerEN, fakerDE, fakerRU, fakerKO, fakerZH_CN, fakerAR];
  fakers.forEach((f, i) => f.seed(fakerSeed + i));
  const parts: string[] = [];
  let size = 0;
  let n = 0;
  while (size < bytes) {
    const piece = n % 10 === 9 ? cases[(n / 10) % cases.length | 0]!.text : paragraph(fakers[n % fakers.length]!);
    parts.push(piece);
    size += Buffer.byteLength(piece) + 2;
    n++;
  }
  return parts.join('\n\n');
}

