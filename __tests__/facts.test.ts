/**
 * Tests for lib/extract/facts.ts (through extractDocument, which gives facts their list context): arrest
 * counts in a fact box under a heading without a colon, "resulted in N arrests", and one count over a list
 * of places being a total, while "City, Country" stays one place.
 */
import { defaultLexicon, extractDocument } from '../lib/extract';
import { makeDocument } from '../lib/ingest/document';

const lexicon = defaultLexicon();

function arrests(text: string): Array<[number | null, string | undefined]> {
  const x = extractDocument(makeDocument(text, { file: 'a.txt', path: 'a.txt' }), { lexicon });
  return x.facts.filter((f) => f.kind === 'ArrestCount').map((f) => [f.count, f.kind === 'ArrestCount' ? f.place : undefined]);
}

describe('arrest facts', () => {
  it('reads a per-country list under a heading with no colon', () => {
    const text = ['Operation Nightjar targeted vendors on the dark web, police said.', '', 'Arrests by country', '', '- Spain: 12', '- Portugal: 5', '- Belgium: 1'].join('\n');
    expect(arrests(text)).toEqual(expect.arrayContaining([[12, 'country:spain'], [5, 'country:portugal'], [1, 'country:belgium']]));
  });

  it('reads "resulted in N arrests" with the place the sentence opens with', () => {
    expect(arrests('In Ireland the dark web operation has so far resulted in nine arrests.')).toContainEqual([9, 'country:ireland']);
  });

  it('takes one count over a list of places for a total, and "City, Country" for one place', () => {
    expect(arrests('Police said eleven people were arrested in Lyon, Lille and Marseille after the dark web market closed.')).toEqual([[11, undefined]]);
    expect(arrests('Police said five people were arrested in Lisbon, Portugal after the dark web market closed.')).toEqual([[5, 'location:lisbon-pt']]);
  });
});

describe('arrest counts in other word orders', () => {
  it('reads counts with an age range or an origin between the people and the verb, and a headline with no auxiliary', () => {
    expect(arrests('Police said six Portuguese men aged between 19 and 33 were arrested in the dark web operation.')).toEqual([[6, undefined]]);
    expect(arrests('Five people from Leeds have been arrested in total after the dark web market closed.')).toEqual([[5, undefined]]);
    expect(arrests('Three men arrested over dark web drug sales have been released on bail.')).toEqual([[3, undefined]]);
    // not in the middle of a sentence without an auxiliary: "the 35 people arrested last year" is no new count
    expect(arrests('Police said the 35 people arrested last year on the dark web were released.')).toEqual([]);
  });
  it('"bringing the number of arrests to N" is the total, not the partial count before it', () => {
    expect(arrests('Two further suspects were arrested in other regions, bringing the number of arrests to nine, police said of the dark web case.')).toEqual([[9, undefined]]);
  });
  it('places the premises: "arrested two people at a post office in Leeds"', () => {
    expect(arrests('On Monday officers arrested two people at a post office in Leeds in the dark web case.')).toEqual([[2, 'location:leeds-gb']]);
  });
  it('one of a counted group arrested somewhere else is not counted again', () => {
    expect(arrests('Four people were arrested in Bavaria, among them the main suspect, who was detained at his flat in Augsburg, in the dark web case.')).toEqual([[4, expect.stringMatching(/bavaria/)]]);
  });
});

describe('counts given for several places, after the place, or around an apposition', () => {
  it('"in A and B four each", "in C three", "one person each in D and E"', () => {
    expect(arrests('In Peru 19 people were arrested, in Chile and Bolivia four each, in Ecuador three and one person each in Cuba and Panama.')).toEqual(expect.arrayContaining([
      [19, 'country:peru'], [4, 'country:chile'], [4, 'country:bolivia'], [3, 'country:ecuador'], [1, 'country:cuba'], [1, 'country:panama'],
    ]));
  });
  it('"Two people, a man and a woman, have been arrested in Leeds"; "The three were arrested …"', () => {
    expect(arrests('Two people, a 32-year-old man and a 29-year-old woman, have been arrested in Leeds in a dark web case.')).toEqual([[2, 'location:leeds-gb']]);
    expect(arrests('The three were arrested by officers when they returned from Spain.')).toEqual([[3, undefined]]);
  });
});

describe('seizures', () => {
  const seizures = (text: string) => extractDocument(makeDocument(text, { file: 's.txt', path: 's.txt' }), { lexicon }).facts.filter((f) => f.kind === 'Seizure').map((f) => (f.kind === 'Seizure' ? [f.quantity, f.unit] : []));
  it('"$" in an article from Australia or Canada is not the US dollar (no contract unit), unless it says so', () => {
    expect(seizures('Victoria Police said officers seized $8.5 million in cryptocurrency in Melbourne.')).toEqual([]);
    expect(seizures('The RCMP seized about $68,000 US worth of bitcoin in Kelowna.')).toEqual([[68000, 'USD']]);
    expect(seizures('The FBI seized $8.5 million in cryptocurrency in Chicago.')).toEqual([[8500000, 'USD']]);
  });
  it('"nearly a ton of drugs" is 1 t; "had purchased over two tonnes of bulking agent" is no seizure', () => {
    expect(seizures('Raids in Russia recovered nearly a ton of drugs.')).toEqual([[1, 't']]);
    expect(seizures('Police seized pills; the group had purchased over two tonnes of bulking agent.')).toEqual([]);
  });
});

describe('more arrest and seizure wordings', () => {
  const seizures = (text: string) => extractDocument(makeDocument(text, { file: 's.txt', path: 's.txt' }), { lexicon }).facts.filter((f) => f.kind === 'Seizure').map((f) => (f.kind === 'Seizure' ? [f.quantity, f.unit] : []));
  it('"bringing the total to 48", "taken into custody" after an apposition, an age list, a headline\'s "residents arrested", "its two administrators arrested"', () => {
    expect(arrests('Police in Daegu arrested four more people, bringing the total to 48.')).toEqual([[48, undefined]]);
    expect(arrests('Four people, including the woman, were taken into custody during raids last week.')).toEqual([[4, undefined]]);
    expect(arrests('Three Italian men, aged 19, 26 and 27, were arrested.')).toEqual([[3, undefined]]);
    expect(arrests('2 Okanagan residents arrested after year-long investigation, RCMP say')).toEqual([[2, undefined]]);
    expect(arrests('DARK WEB MARKET SHUT DOWN AND ITS TWO ADMINISTRATORS ARRESTED')).toEqual([[2, undefined]]);
  });
  it('LSD "blots" are counted; drugs "taken off the street" are seized', () => {
    expect(seizures('It resulted in the seizure of 1,127 LSD blots.')).toEqual([[1127, 'count']]);
    expect(seizures('Together the two projects took about 43.5 kilograms of fentanyl off the street.')).toEqual([[43.5, 'kg']]);
  });
});

describe('restated counts', () => {
  it('a count with no place that repeats a placed count of another sentence is the same arrests', () => {
    expect(arrests('Two people have been arrested in Leeds in the dark web case. The two were arrested after officers searched two homes, one in Leeds and one in York.')).toEqual([[2, 'location:leeds-gb']]);
  });
  it('but a sentence that states a total keeps it', () => {
    expect(arrests('In Romania, officers arrested six suspects in the dark web case. The operation led to 6 arrests in total.')).toEqual([[6, 'country:romania'], [6, undefined]]);
  });
});

describe('totals after a list, and one person', () => {
  it('"Arrests were made in A (33), B (13) and C (23), 69 in all": the total too; "officers arrested one suspect"', () => {
    expect(arrests('Arrests were made in Peru (33), Chile (13) and Bolivia (23), 69 in all.')).toEqual(expect.arrayContaining([[69, undefined], [33, 'country:peru']]));
    expect(arrests('In Spain, officers arrested one suspect in the dark web case.')).toEqual([[1, 'country:spain']]);
  });
});

describe('seizures in translated releases', () => {
  const seizures = (text: string) => extractDocument(makeDocument(text, { file: 's.txt', path: 's.txt' }), { lexicon }).facts.filter((f) => f.kind === 'Seizure').map((f) => (f.kind === 'Seizure' ? [f.quantity, f.unit] : []));
  it('"blocked 509 bitcoins", "600,000 euros … were attached", "secured", "frozen" are seizures', () => {
    expect(seizures('The agents also blocked 509 bitcoins.')).toEqual([[509, 'BTC']]);
    expect(seizures('In total, almost 600,000 euros in cash and movable assets were attached.')).toEqual([[600000, 'EUR']]);
  });
});

describe('single arrests in background sentences', () => {
  it('"… shut down in November 2014, when its operator, X, was arrested in San Francisco" in a 2015 article is no arrest fact of it', () => {
    expect(arrests('Police charged a dark web moderator on 3 May 2015. The site was shut down in November 2014, when its alleged operator, Blake Benson, was arrested in San Francisco.')).toEqual([]);
    expect(arrests('Police charged a dark web moderator on 3 May 2015. Its alleged operator, Blake Benson, was arrested in San Francisco.')).toEqual([[1, expect.stringMatching(/san-francisco/)]]);
  });
});

describe('seized things listed without a seizure verb', () => {
  const seizures = (text: string) => extractDocument(makeDocument(text, { file: 's.txt', path: 's.txt' }), { lexicon }).facts.filter((f) => f.kind === 'Seizure').map((f) => (f.kind === 'Seizure' ? [f.quantity, f.unit] : []));
  it('"Among the drugs were 64 kilograms of fentanyl", "a parcel … contained 3,000 MDMA pills"', () => {
    expect(seizures('Among the drugs were 64 kilograms of fentanyl, officials said.')).toEqual([[64, 'kg']]);
    expect(seizures('A parcel addressed to him contained two puzzles with a total of 3,000 MDMA pills.')).toEqual([[3000, 'count']]);
    expect(seizures('The market listed 64 kilograms of fentanyl for sale.')).toEqual([]);
  });
});

describe('percentages are no counts', () => {
  const seizures = (text: string) => extractDocument(makeDocument(text, { file: 's.txt', path: 's.txt' }), { lexicon }).facts.filter((f) => f.kind === 'Seizure').map((f) => (f.kind === 'Seizure' ? [f.quantity, f.unit] : []));
  it('"over 90 per cent of the tablets" seizes nothing; "police seized 900 tablets" does', () => {
    expect(seizures('Police seized the presses; the bulking agent made up over 90 per cent of the tablets.')).toEqual([]);
    expect(seizures('Police seized the presses; the agent made up 90% of the tablets.')).toEqual([]);
    expect(seizures('Police seized 900 tablets at the address.')).toEqual([[900, 'count']]);
  });
});

describe('session 6: arrests told as custody', () => {
  it('"were taken into custody", "placed in police custody", "placed under arrest" count as arrests', () => {
    expect(arrests('Seven people were taken into custody during the dark web operation.')).toEqual([[7, undefined]]);
    expect(arrests('Four suspects were placed in police custody after the dark web market closed.')).toEqual([[4, undefined]]);
    expect(arrests('The two men were placed under arrest in the dark web case.')).toEqual([[2, undefined]]);
    // a court's remand is no arrest
    expect(arrests('Three men were remanded in custody in the dark web case.')).toEqual([]);
  });
});

describe('session 6: "and N others", "are in custody"', () => {
  it('"Hinton and four others were arrested" counts five; "four others were arrested" four', () => {
    expect(arrests('Hinton and four others were arrested Sept. 5 in the dark web case.')).toEqual([[5, undefined]]);
    expect(arrests('Four others were arrested in the dark web case.')).toEqual([[4, undefined]]);
  });
  it('"Three men from the Netherlands are in custody" is a count of arrests', () => {
    expect(arrests('Three men from the Netherlands are in custody after the darknet case.')).toEqual([[3, undefined]]);
    expect(arrests('Three men were remanded in custody in the dark web case.')).toEqual([]);
  });
});

describe('session 6: what a seized thing held; more counted items', () => {
  const seizures = (text: string) =>
    extractDocument(makeDocument(text, { file: 't.txt', path: 't.txt' })).facts.filter((x) => x.kind === 'Seizure').map((x) => (x.kind === 'Seizure' ? [x.quantity, x.unit] : []));
  it('"Officers intercepted a parcel. Inside were 1.8 kilograms of cocaine …": the contents were seized', () => {
    expect(seizures('Officers intercepted a parcel at the airport. Inside were 1.8 kilograms of cocaine and 886 grams of ketamine.')).toEqual([[1.8, 'kg'], [886, 'g']]);
    // without a seizure before, contents are no seizure
    expect(seizures('The man lived in Leeds. Inside were 3 kg of books.')).toEqual([]);
  });
  it('capsules, bottles and pill presses are counted; "one of the pill presses" is not a count', () => {
    expect(seizures('Officers seized 333 bottles of liquid opioids and two pill presses.')).toEqual([[333, 'count'], [2, 'count']]);
    expect(seizures('One of the pill presses seized by detectives.')).toEqual([]);
  });
});

describe('session 7: arrest counts scoped by "there", a body\'s seat, a total, an agency\'s officers', () => {
  it('"… in Kutno County, in Łódź Voivodeship, … and detained three people there": the smaller place', () => {
    expect(arrests('On a farm in Kutno County, in Łódź Voivodeship, officers dismantled a laboratory and detained three people there.')).toEqual([[3, 'location:kutno-county']]);
  });
  it('"the Regional Prosecutor\'s Office in Sieradz … in total eight people have been detained": a total, not the seat of the office', () => {
    expect(arrests("The Regional Prosecutor's Office in Sieradz and the police have struck at drug crime: in total eight people have been detained.")).toEqual([[8, undefined]]);
    // "In Spain, a total of 12": the total of that country
    expect(arrests('In Spain, a total of 12 people were arrested.')).toEqual([[12, 'country:spain']]);
  });
  it('"During the action in Warsaw, CBŚP officers detained five people": an agency\'s officers leave the place to the clause', () => {
    expect(arrests('During the action in Warsaw, CBŚP officers detained five people.')).toEqual([[5, 'location:warsaw-pl']]);
  });
  it('"Two Dutch men suspected of X have been arrested", "the two other suspected operators were apprehended in Y"', () => {
    expect(arrests('Two Dutch men suspected of large-scale drug trafficking via the darkweb have been arrested, prosecutors said.')).toEqual([[2, undefined]]);
    expect(arrests('The two other suspected operators were apprehended in Lausanne on 28 February.')).toEqual([[2, 'location:lausanne-ch']]);
    // a clause with a comma inside is not read across
    expect(arrests('Two men suspected of selling drugs, police said, have not been arrested yet.')).toEqual([]);
  });
});

describe('session 7: more ways of telling an arrest count', () => {
  it('"ordered the 24-hour detention of 13 suspects", "led to the arrest of 13 people"', () => {
    expect(arrests('On 15 May, prosecutors ordered the 24-hour detention of 13 suspects for drug trafficking.')).toEqual([[13, undefined]]);
    expect(arrests('The raids led to the arrest of 13 people.')).toEqual([[13, undefined]]);
    // the detention of a ship's cargo is no count of people
    expect(arrests('The detention of 13 containers was ordered.')).toEqual([]);
  });
  it('"detaining 42 suspects in Israel and abroad": a total; "it has caught 445 people": a count', () => {
    expect(arrests('The police broke up the network, detaining 42 suspects in Israel and abroad.')).toEqual([[42, undefined]]);
    expect(arrests('Police said on Wednesday it has caught 445 people who bought drugs online.')).toEqual([[445, undefined]]);
  });
  it('"three members of the drug group have been detained", "nine of the 12 dealers were detained"', () => {
    expect(arrests('Three members of the drug group have been detained.')).toEqual([[3, undefined]]);
    expect(arrests('All of them were referred to prosecutors, and nine of the 12 dealers were detained.')).toEqual([[9, undefined]]);
  });
});

describe('session 8: numbers that end a name, and a count told before the total', () => {
  it('"on Lat Phrao Soi 87 in Bangkok", "on March 4 in Spain": the number counts no arrests', () => {
    expect(arrests('The suspect was arrested at a rented house on Lat Phrao Soi 87 in Bangkok.')).not.toContainEqual([87, 'location:bangkok-th']);
    expect(arrests('Officers arrested the men on March 4 in Spain.')).not.toContainEqual([4, 'country:spain']);
    // (the sentence's first word is no name: "Four in Spain …")
    expect(arrests('Police arrested 13 people. Four in Spain were arrested at home.')).toContainEqual([4, 'country:spain']);
  });

  it('"With two earlier arrests in Australia, 15 suspects have now been arrested": two in Australia, 15 in all', () => {
    const found = arrests('Police said on Friday that the network was broken up. With two earlier arrests in Australia, 15 suspects have now been arrested in the investigation.');
    expect(found).toContainEqual([2, 'country:australia']);
    expect(found).toContainEqual([15, undefined]);
    expect(found).not.toContainEqual([15, 'country:australia']);
  });
});

describe('session 8: "both"', () => {
  it('"Both were arrested in Skövde", "Both men were arrested in Malmö": two there', () => {
    expect(arrests('Two men from Skövde were charged on Wednesday. Both were arrested in Skövde on 5 March 2020.')).toContainEqual([2, 'location:skovde-se']);
    expect(arrests('Both men were arrested in Malmö on Friday.')).toContainEqual([2, 'location:malmo-se']);
    // ("both" of two things is no count of people)
    expect(arrests('Police searched both flats and arrested nobody.')).toEqual([]);
  });
});

describe('session 8: one seizure told twice', () => {
  const seizures = (text: string) =>
    extractDocument(makeDocument(text, { file: 'a.txt', path: 'a.txt' }), { lexicon }).facts.filter((f) => f.kind === 'Seizure').map((f) => [f.kind === 'Seizure' ? f.quantity : 0, f.kind === 'Seizure' ? f.unit : '']);
  it('"seized 1.2 tonnes of synthetic drugs" and, in a summary, "1.2 tonnes of synthetic drugs seized in Germany": one seizure', () => {
    expect(seizures('German Customs seized 1.2 tonnes of synthetic drugs in February.\nResults in brief\n- 1.2 tonnes of synthetic drugs seized in Germany in February')).toEqual([[1.2, 't']]);
  });
  it('the same amount of two different drugs is two seizures', () => {
    expect(seizures('Officers seized 2 kilograms of cocaine and 2 kilograms of heroin.')).toEqual([[2, 'kg'], [2, 'kg']]);
  });
});

describe('session 8: amounts taken from someone, or someone was caught with; arrests on an island', () => {
  const seizures = (text: string) =>
    extractDocument(makeDocument(text, { file: 'a.txt', path: 'a.txt' }), { lexicon }).facts.filter((f) => f.kind === 'Seizure').map((f) => [f.kind === 'Seizure' ? f.quantity : 0, f.kind === 'Seizure' ? f.unit : '']);
  it('"From X they took a further 484.92 grams of hashish", "arrested … with 6 kilograms of methamphetamine"; "the raid took 3 hours" is none', () => {
    expect(seizures('From the Russian they took a further 484.92 grams of hashish and 107.95 grams of cocaine.')).toEqual([[484.92, 'g'], [107.95, 'g']]);
    expect(seizures('The fourth suspect was arrested at a rented house near Kuta with 6 kilograms of crystal methamphetamine.')).toEqual([[6, 'kg']]);
    expect(seizures('The raid took 3 hours and 40 officers.')).toEqual([]);
  });
  it('"police arrested four people on Bali": four there; "on Monday" is no place', () => {
    expect(arrests('In all, police arrested four people on Bali.')).toContainEqual([4, 'location:bali-id']);
    expect(arrests('Police arrested four people on Monday.')).toEqual([[4, undefined]]);
  });
});

describe('session 8: "took control of" assets, "detained six participants", a list under a heading', () => {
  const facts = (text: string, file = 'a.txt') => extractDocument(makeDocument(text, { file, path: file }), { lexicon }).facts.map((f) => (f.kind === 'Seizure' ? [f.quantity, f.unit] : [f.count, f.place]));
  it('reads each', () => {
    expect(facts('The Garda National Cyber Crime Bureau took control of crypto assets worth an estimated €6.5 million, according to the Gardaí.')).toContainEqual([6500000, 'EUR']);
    expect(facts('Police officers together with the FSB detained six participants in the illegal scheme.')).toContainEqual([6, undefined]);
  });
});

describe('session 8: devices are no counted seizure', () => {
  const seizures = (text: string) =>
    extractDocument(makeDocument(text, { file: 'a.txt', path: 'a.txt' }), { lexicon }).facts.filter((f) => f.kind === 'Seizure').map((f) => [f.kind === 'Seizure' ? f.quantity : 0, f.kind === 'Seizure' ? f.unit : '']);
  it('phones, tablets among devices, laptops and cars are not counted; pills, tablets of a drug, servers and parcels are', () => {
    expect(seizures('Officers seized 41 mobile phones, 10 tablets, 11 laptops and two cars.')).toEqual([]);
    expect(seizures('Police seized 500 ecstasy tablets, 1,000 tablets and 200 servers.')).toEqual([[500, 'count'], [1000, 'count'], [200, 'count']]);
  });
});

describe('session 7: a seized total and its breakdown', () => {
  const seizures = (text: string) =>
    extractDocument(makeDocument(text, { file: 'a.txt', path: 'a.txt' }), { lexicon }).facts.filter((f) => f.kind === 'Seizure').map((f) => [f.kind === 'Seizure' ? f.quantity : 0, f.kind === 'Seizure' ? f.unit : '']);
  it('"seized 30.6 kilograms of drugs: 29.1 kilograms of NPS … as well as 1.5 kilograms of …": each figure', () => {
    expect(seizures('In Portugal, the officers seized 30.6 kilograms of drugs: 29.1 kilograms of different NPS, among them MDPV and 4-FA, as well as 1.5 kilograms of an unidentified substance.')).toEqual([[30.6, 'kg'], [29.1, 'kg'], [1.5, 'kg']]);
  });
});

describe('session 9: the operation a figure belongs to', () => {
  const facts = (text: string) => extractDocument(makeDocument(text, { file: 'a.txt', path: 'a.txt' }), { lexicon }).facts;
  test('a figure in a sentence naming another operation is that operation\'s; the article\'s own stay the article\'s', () => {
    const x = facts([
      'A couple from Dayton were charged in March 2025 with selling pills on the dark web, federal prosecutors said.',
      'Agents seized 3,000 pills at their home.',
      'The pills were pressed in a garage.',
      'Buyers in 40 states received them by mail.',
      'The couple appeared in court on Thursday.',
      'In 2021, an international sweep known as Operation Quillfeather led to 150 arrests worldwide.',
    ].join('\n'));
    const by = Object.fromEntries(x.map((f) => [f.kind === 'ArrestCount' ? `arrests ${f.count}` : `seized ${f.quantity}`, f.operation]));
    expect(by['arrests 150']).toBe('operation:quillfeather');
    expect(by['seized 3000']).toMatch(/^operation:unnamed-/);
  });
  test('the article\'s own operation named in the figure\'s sentence keeps it; two named operations leave it to the article', () => {
    const own = facts('Operation Quillfeather led to 150 arrests in nine countries, Europol said.');
    expect(own.map((f) => f.operation)).toEqual(['operation:quillfeather']);
    const two = facts('Police said 40 people were arrested.\nOperation Quillfeather and Operation Larkspur together led to 150 arrests.');
    const ops = new Set(two.map((f) => f.operation));
    expect(ops.size).toBe(1);
  });
});

describe('session 9: a town before the premises; pounds of weight', () => {
  test('"three men were arrested at a Cairns post office": three in Cairns', () => {
    expect(arrests('Police will allege that yesterday three men were arrested at a Cairns post office while collecting packages.')).toEqual([[3, 'location:cairns-au']]);
  });
  test('"70 pounds (31.7kg) of cannabis" is a weight, no sum in pounds sterling; "500 pounds in cash" is money', () => {
    const x = extractDocument(makeDocument('Officers searched homes in Cairns where 70 pounds (31.7kg) of cannabis was seized. In Leeds police seized 500 pounds in cash.', { file: 'a.txt', path: 'a.txt' }), { lexicon });
    const seized = x.facts.flatMap((f) => (f.kind === 'Seizure' ? [`${f.quantity} ${f.unit}`] : []));
    expect(seized).toContain('31.7 kg');
    expect(seized).toContain('500 GBP');
    expect(seized).not.toContain('70 GBP');
  });
});

describe('session 9: arrests near a town, a longer description of the people, searches that turned drugs up', () => {
  test('"Four suspected darknet drug dealers have been arrested near Passau": four, at Passau', () => {
    expect(arrests('Four suspected darknet drug dealers have been arrested near Passau, prosecutors said.')).toEqual([[4, 'location:passau-de']]);
  });
  test('"six of the highest-selling vendors were arrested" is not read as six people counted on their own words', () => {
    expect(arrests('One moderator and six of the highest-selling vendors were arrested in Germany and Sweden.').some(([n]) => n === 6)).toBe(false);
  });
  test('"Searches at six addresses turned up eleven kilograms of amphetamine and 1,425 ecstasy pills"', () => {
    const x = extractDocument(makeDocument('Searches at six addresses turned up eleven kilograms of amphetamine and 1,425 ecstasy pills.', { file: 'a.txt', path: 'a.txt' }), { lexicon });
    expect(x.facts.flatMap((f) => (f.kind === 'Seizure' ? [`${f.quantity} ${f.unit}`] : []))).toEqual(['11 kg', '1425 count']);
  });
});

describe('session 9: blotter forms counted with their drug', () => {
  test('"660 LSD papers" are 660 of LSD; "50 papers" alone count nothing', () => {
    const x = extractDocument(makeDocument('From the accused the police seized 660 LSD papers and 50 papers of documents.', { file: 'a.txt', path: 'a.txt' }), { lexicon });
    expect(x.facts.flatMap((f) => (f.kind === 'Seizure' ? [`${f.quantity} ${f.unit} ${f.item && 'key' in f.item ? f.item.key : ''}`] : []))).toEqual(['660 count drug:lsd']);
  });
});

describe('session 9: lists after "found", and two groups of people in one count', () => {
  test('"investigators found a laboratory, plus:" then a list: each item seized', () => {
    const text = 'In the flat investigators found a clandestine laboratory, plus:\n\n- more than €500,000 in various cryptocurrencies;\n- €28,000 in cash;\n- 9.4 kg of MDMA and 18,400 ecstasy tablets.\n';
    const x = extractDocument(makeDocument(text, { file: 'a.md', path: 'a.md' }), { lexicon });
    expect(x.facts.flatMap((f) => (f.kind === 'Seizure' ? [`${f.quantity} ${f.unit}`] : [])).sort()).toEqual(['18400 count', '28000 EUR', '500000 EUR', '9.4 kg']);
  });
  test('"arrested two women and three men": five', () => {
    expect(arrests('Gendarmes arrested two women and three men belonging to the same family.')).toEqual([[5, undefined]]);
  });
});

describe('session 9: ages and appositions between the count and its place', () => {
  test('"Police arrested two 23-year-old men, both students, at one of the addresses in Dunedin today": two, in Dunedin', () => {
    expect(arrests('Police arrested two 23-year-old men, both students, at one of the addresses in Dunedin today.')).toEqual([[2, 'location:dunedin-nz']]);
  });
});

describe('session 9: an arrest at premises in a town; forfeiture', () => {
  test('"Le was arrested at a hotel in Norwood": one, in Norwood', () => {
    expect(arrests('On March 27, 2019, Lee was arrested at a hotel in Norwood after he met undercover agents.')).toEqual([[1, 'location:norwood-us']]);
  });
  test('"ordered Le to forfeit more than 59 Bitcoin … along with $114,680 in cash": forfeited, so taken', () => {
    const x = extractDocument(makeDocument('The judge also ordered Lee to forfeit more than 59 Bitcoin along with $114,680 in cash.', { file: 'a.txt', path: 'a.txt' }), { lexicon });
    expect(x.facts.flatMap((f) => (f.kind === 'Seizure' ? [`${f.quantity} ${f.unit}`] : []))).toEqual(['59 BTC', '114680 USD']);
  });
});

describe('session 9: a named person arrested at a place, in the active voice', () => {
  test('"Postal inspectors arrested Armstrong at the Yorkmont Post Office in Charlotte": one, in Charlotte', () => {
    expect(arrests('Marcus Armstead, 32, was sentenced today. Postal inspectors arrested Armstead at the Yorkmont Post Office in Charlotte.')).toEqual([[1, 'location:charlotte-us']]);
  });
});

describe('session 9: the article\'s own defendant arrested in an earlier year', () => {
  test('"On March 27, 2019, Le was arrested at a hotel in Norwood" in a 2022 sentencing story: one in Norwood; another person\'s arrest then is background', () => {
    const story = 'BOSTON, March 2022 - Bin Lo, 25, of Brockton, was sentenced yesterday, the U.S. Attorney\'s Office for the District of Massachusetts announced today.\nOn March 27, 2019, Lo was arrested at a hotel in Norwood after he met undercover agents.\n';
    expect(arrests(story)).toEqual([[1, 'location:norwood-us']]);
    expect(arrests(story + 'Silk Road 2.0 was shut down in November 2014, when its alleged operator, Blake Benton, was arrested in San Francisco.')).toEqual([[1, 'location:norwood-us']]);
  });
});

describe('session 10: counts of a group\'s members, relative clauses, "other regions", officialese seizures', () => {
  const lab = 'Police dismantled a drug laboratory that sold through a darknet shop. ';
  test('"Ten members of the group, among them its two organizers, were detained in Odesa and in other regions": ten in all', () => {
    expect(arrests(`${lab}Ten members of the group, among them its two organizers, were detained at the same time in Odesa and in other regions.`)).toEqual([[10, undefined]]);
  });
  test('"five participants of the scheme have been detained", "Eight people who sold drugs through online shops have been detained"', () => {
    expect(arrests(`${lab}In total, five participants of the scheme have been detained.`)).toEqual([[5, undefined]]);
    expect(arrests(`${lab}"Eight people who sold drugs through online shops have been detained," she said.`)).toEqual([[8, undefined]]);
    expect(arrests(`${lab}Two men who were arrested in 2019 have since been released.`)).toEqual([]);
  });
  test('"… 1.5 metric tons … were withdrawn from illegal circulation": seizures', () => {
    const x = extractDocument(makeDocument(`${lab}In total, more than 100 kilograms of drugs in crystal form, 1.5 metric tons of drugs in liquid form and four tons of chemicals were withdrawn from illegal circulation.`, { file: 's.txt', path: 's.txt' }), { lexicon });
    expect(x.facts.filter((f) => f.kind === 'Seizure').map((f) => (f.kind === 'Seizure' ? `${f.quantity} ${f.unit}` : ''))).toEqual(['100 kg', '1.5 t', '4 t']);
  });
});

describe('session 10: "detained and charged", and a national police in a story of one country', () => {
  test('"Czech police have detained and charged seven people": seven in all (the story names no other country)', () => {
    expect(arrests('Czech anti-drug police have detained and charged seven people suspected of selling marijuana over the darknet.')).toEqual([[7, undefined]]);
  });
  test('in a story of several countries, "German police arrested 12 people" stays Germany\'s', () => {
    expect(arrests('The dark web market was run from the Netherlands and Germany. German police arrested 12 people.')).toContainEqual([12, 'country:germany']);
  });
});
