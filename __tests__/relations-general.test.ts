/**
 * Relation rules for constructions of English news and press-release prose that the development sets
 * showed to be missed (issue 3): each test is written for this file, with its own agencies, people and
 * wording, and checks both that the construction is read and that a near miss is not.
 */
import { makeDocument } from '../lib/ingest';
import { extractDocument } from '../lib/extract';
import type { Extraction } from '../lib/types';

function run(text: string): Extraction {
  return extractDocument(makeDocument(text, { file: 't.txt', path: 't.txt' }));
}
const rel = (x: Extraction, p: string) => {
  const name = (k: string) => x.entities.find((e) => e.key === k)?.label ?? k;
  return x.relations.filter((r) => r.p === p).map((r) => `${name(r.s)} > ${name(r.o)}`).sort();
};
/** Sentences about an action that name no operation, to push a later-named one past the article's opening. */
const OPENING = [
  'Police in Portugal have arrested five people suspected of selling drugs on the dark web.',
  'Officers searched eleven homes in Lisbon and Porto on Tuesday.',
  'Cocaine, cannabis and ecstasy were found at several of the addresses.',
  'The suspects are due to appear in court next week.',
  'Parcels had been sent to buyers in at least nine countries.',
];

describe('the operation an article is about', () => {
  test('an operation introduced by "codenamed", "dubbed" or "set up" is the article\'s, wherever it is named', () => {
    const x = run([...OPENING, 'The investigation, codenamed Operation Lantern, was run by the Polícia Judiciária with help from Europol.'].join('\n'));
    expect(rel(x, 'participatedIn')).toEqual(expect.arrayContaining(['Europol > Lantern']));
    expect(x.entities.some((e) => e.type === 'Operation' && !e.named)).toBe(false);
    const y = run([...OPENING, 'Detectives set up Operation Tidewater to trace the money.'].join('\n'));
    expect(y.entities.filter((e) => e.type === 'Operation').map((e) => e.label)).toEqual(['Tidewater']);
  });
  test('an operation named in passing, without such a word, or in an earlier year\'s story, stays context', () => {
    const x = run([...OPENING, 'The dark web has been targeted before, for example in Operation Lantern.'].join('\n'));
    expect(x.entities.find((e) => e.type === 'Operation' && !e.named)).toBeDefined();
    const y = run([...OPENING, 'The raids took place on 4 June 2024.', 'In 2019, the Guardia Civil launched Operation Lantern against a similar network.'].join('\n'));
    expect(y.entities.find((e) => e.type === 'Operation' && !e.named)).toBeDefined();
  });
  test('co-operation in a sentence about another named operation does not make its agencies take part in the article\'s', () => {
    const x = run([
      ...OPENING,
      'The inquiry, dubbed Operation Lantern, was run by the Polícia Judiciária.',
      'It was the Portuguese strand of Operation Bayonet, an action coordinated by the FBI and Europol.',
    ].join('\n'));
    expect(rel(x, 'participatedIn').filter((r) => r.endsWith('> Lantern'))).not.toEqual(expect.arrayContaining([expect.stringMatching(/Federal Bureau|Europol/)]));
  });
});

describe('worksFor from a police rank alone', () => {
  test('a rank with no body named is the force the article is from', () => {
    const x = run([
      'Lancashire Constabulary – News',
      'Two men were arrested in Preston on Monday after officers raided a flat used to post cannabis bought on the dark web.',
      'Detective Sergeant Amy Holt said the pair had sent hundreds of parcels.',
    ].join('\n'));
    expect(rel(x, 'worksFor')).toEqual(['Amy Holt > Lancashire Constabulary']);
  });
  test('or the only police force the article names', () => {
    const x = run('Officers from Cumbria Police raided a house in Carlisle. "We will keep going," Detective Inspector Ravi Shah said.');
    expect(rel(x, 'worksFor')).toEqual([expect.stringMatching(/^Ravi Shah > Cumbria (Police|Constabulary)$/)]);
  });
  test('not when two forces are named, nor for a rank that is not a police one', () => {
    const x = run('Officers from Cumbria Police and Durham Constabulary raided two houses. "We will keep going," Detective Inspector Ravi Shah said.');
    expect(rel(x, 'worksFor')).toEqual([]);
    const y = run('Officers from Cumbria Police raided a house in Carlisle. "Parcels were tracked," Postal Inspector Dana Ruiz said.');
    expect(rel(y, 'worksFor')).toEqual([]);
  });
});

describe('cooperatedWith: the article\'s own agency as the unstated partner', () => {
  test('"Working with A, B and C, investigators …": every listed partner, up to the main clause', () => {
    const x = run('Garda Síochána news. Working with the Garda\'s cyber teams, the Criminal Assets Bureau, Europol and An Post Security, investigators traced the wallets to a vendor in Cork whom the FBI had flagged.');
    expect(rel(x, 'cooperatedWith')).toEqual(expect.arrayContaining([expect.stringMatching(/Criminal Assets Bureau/), expect.stringMatching(/Europol/)]));
    expect(rel(x, 'cooperatedWith').filter((r) => /Federal Bureau/.test(r) && /Garda/.test(r))).toEqual([]);
  });
  test('the home agency called by its head noun alone ("Customs", "the Bureau") is the subject', () => {
    const x = run('Norwegian Customs has seized a dark web shop.\nLast year Customs closed another shop in an operation with the Danish National Police and Europol.');
    expect(rel(x, 'cooperatedWith')).toEqual(expect.arrayContaining([expect.stringMatching(/Europol > Norwegian Customs|Norwegian Customs > Europol/)]));
  });
  test('not a head noun that belongs to another name or to a place', () => {
    const x = run('Norwegian Customs has seized a dark web shop.\nSwedish Customs closed another shop in an operation with Europol.');
    expect(rel(x, 'cooperatedWith').filter((r) => /Norwegian/.test(r))).toEqual([]);
    const y = run('Norwegian Customs has seized a dark web shop.\nCustoms in Denmark closed another shop in an operation with Europol.');
    expect(rel(y, 'cooperatedWith').filter((r) => /Norwegian/.test(r))).toEqual([]);
  });
});

describe('ledBy, partOf and participation frames', () => {
  test('a leading participle parted from "by" by a short adverbial ("was run between May and July by")', () => {
    const x = run('The effort, called Operation Quarry, was run between May and July by the Guardia Civil, with help from Europol.');
    expect(rel(x, 'ledBy')).toEqual(['Quarry > Guardia Civil']);
    const y = run('The raids were carried out in six cities, and 14 people were detained by the Guardia Civil.');
    expect(rel(y, 'ledBy')).toEqual([]);
  });
  test('a unit with its acronym in brackets "at" or "of" its parent is part of it; "X, a team created within Y" makes Y a parent, not a partner', () => {
    const x = run('The case was led by the Cyber Crime Unit (CCU) at the National Investigation Department of the Norwegian police.');
    expect(rel(x, 'partOf')).toEqual(expect.arrayContaining([expect.stringMatching(/^Cyber Crime Unit > National Investigation Department/)]));
    const y = run('Operation Quarry was run by the Joint Narcotics Taskforce, a team created within the Guardia Civil in 2020.');
    expect(rel(y, 'ledBy')).toEqual(['Quarry > Joint Narcotics Taskforce']);
    expect(rel(y, 'partOf')).toEqual(['Joint Narcotics Taskforce > Guardia Civil']);
  });
  test('"provided operational support" and "co-operated with authorities in N countries" are taking part in the article\'s operation', () => {
    const x = run('Police in Chile shut down the Condor Market on Monday. Eurojust provided operational and analytical support. The Guardia Civil cooperated with authorities in 12 countries.');
    expect(rel(x, 'participatedIn')).toEqual([expect.stringMatching(/^Eurojust > operation/), expect.stringMatching(/^Guardia Civil > operation/)]);
  });
  test('…but not support given to something else before', () => {
    const x = run('The Guardia Civil shut down the Condor Market on Monday. The operation was conducted in coordination with Eurojust, whose Casework Unit has supported similar cases in Peru.');
    expect(rel(x, 'cooperatedWith')).toEqual([expect.stringMatching(/^Eurojust > Guardia Civil|Guardia Civil > Eurojust$/)]);
    expect(rel(x, 'participatedIn').filter((r) => r.includes('Casework'))).toEqual([]);
  });
});

describe('agencies listed as one subject', () => {
  test('"A, B\'s C, and D of E took down …": the listed agencies co-operated and took part; E is D\'s parent, not a partner', () => {
    const x = run('Police have shut down a dark web shop. On Friday the Guardia Civil, Spain\'s military police, and the Cyber Crime Unit (CCU) of the Policía Nacional took down its servers.');
    expect(rel(x, 'cooperatedWith')).toEqual([expect.stringMatching(/^(Guardia Civil > .*Cyber Crime Unit|.*Cyber Crime Unit > Guardia Civil)$/)]);
    expect(rel(x, 'participatedIn')).toEqual(expect.arrayContaining([expect.stringMatching(/^Guardia Civil > operation/)]));
  });
  test('an earlier action of the listed agencies is co-operation, not part of the article\'s operation', () => {
    const x = run('Police have shut down a dark web shop, officials said on 3 March 2024. In 2019 the Guardia Civil and the Policía Nacional took down another shop.');
    expect(rel(x, 'cooperatedWith')).toHaveLength(1);
    expect(rel(x, 'participatedIn')).toEqual([]);
  });
  test('"A and B, which led the investigation, said …": both led the article\'s operation', () => {
    const x = run('Police have arrested two men. The Guardia Civil and the Cyber Crime Unit (CCU) of the Policía Nacional, which led the investigation, said the men ran a shop.');
    expect(rel(x, 'ledBy')).toEqual([expect.stringMatching(/ > Cyber Crime Unit$/), expect.stringMatching(/ > Guardia Civil$/)]);
  });
});

describe('targeted', () => {
  test('arresting the administrators of a market is action against it', () => {
    const x = run('Spanish police have arrested three suspected administrators of Orca Market, a dark web shop, after raids in Madrid.');
    expect(rel(x, 'targeted')).toEqual([expect.stringMatching(/ > Orca Market$/)]);
    const y = run('Spanish police have arrested three vendors, one of whom had sold drugs on Orca Market.');
    expect(rel(y, 'targeted')).toEqual([]);
  });
});

describe('operated and vendorOn', () => {
  test('"who … operated the site": the market just named; an age may stand between the name and "who"', () => {
    const x = run('A Brazilian man accused of running Orca Market, a dark web shop, was arrested in Lisbon. Tiago Mendes, 31, who investigators say operated the site for three years, was detained by the Polícia Judiciária.');
    expect(rel(x, 'operated')).toEqual(['Tiago Mendes > Orca Market']);
    const y = run('Tiago Mendes, 31, who investigators say operated a delivery van, was detained by the Polícia Judiciária.');
    expect(rel(y, 'operated')).toEqual([]);
  });
  test('"under the vendor name "X" on M": the handle sold on the market', () => {
    const x = run('The pills were advertised under the vendor name "Blue-Harbor" on Orca Market, then the largest marketplace on the dark web.');
    expect(rel(x, 'vendorOn')).toEqual(['Blue-Harbor > Orca Market']);
    const z = run('The pills were advertised under the vendor name "Blue-Harbor" and reviewed by users of Orca Market, then the largest marketplace on the dark web.');
    expect(rel(z, 'vendorOn')).toEqual([]);
  });
});

describe('worksFor from a contact line', () => {
  test('"Name, Title of Something, Agency": the title runs up to the comma before the agency', () => {
    const x = run('Further information:\nJo Lind, Head of Enforcement, Finnish Customs');
    expect(rel(x, 'worksFor')).toEqual(['Jo Lind > Finnish Customs']);
    expect(x.relations.find((r) => r.p === 'worksFor')?.evidence.role).toBe('Head of Enforcement');
  });
  test('not when what follows the comma is not an agency', () => {
    const x = run('Further information:\nJo Lind, Head of Enforcement, Helsinki office hours 9-17');
    expect(rel(x, 'worksFor')).toEqual([]);
  });
});

describe('one operation under two names', () => {
  test('a name followed by its translation in brackets is one operation', () => {
    const x = run('The action, called "Operação Maré Alta" (Operation High Tide), was led by the Polícia Federal.');
    const ops = x.entities.filter((e) => e.type === 'Operation');
    expect(ops).toHaveLength(1);
    expect([ops[0].label, ...ops[0].altLabels]).toEqual(expect.arrayContaining(['Operation High Tide']));
    expect(rel(x, 'ledBy')).toHaveLength(1);
  });
  test('two operations listed with a bracketed aside stay two', () => {
    const x = run('Operation Bayonet (2017) and Operation Onymous (2014) were led by the FBI.');
    expect(x.entities.filter((e) => e.type === 'Operation')).toHaveLength(2);
  });
});

describe('worksFor from a U.S. Attorney\'s district', () => {
  test('"U.S. Attorney Name of the Western District of Washington": that district\'s attorney\'s office, added to the article', () => {
    const x = run('U.S. Attorney Jane Park of the Western District of Washington said the vendor had shipped pills to 40 states.');
    expect(rel(x, 'worksFor')).toEqual(["Jane Park > U.S. Attorney's Office for the Western District of Washington"]);
    expect(x.entities.map((e) => e.label)).toContain("U.S. Attorney's Office for the Western District of Washington");
  });
  test('the byline "U.S. Attorney\'s Office, Eastern District of Wisconsin" names that office, which the article\'s officials work for', () => {
    const x = run([
      "U.S. Attorney's Office, Eastern District of Wisconsin",
      'MILWAUKEE - A Racine man was sentenced for selling pills on the darknet, United States Attorney Jane Park announced today.',
      'Assistant U.S. Attorney Tom Reyes prosecuted the case.',
    ].join('\n'));
    const offices = x.entities.filter((e) => /Attorney's Office/.test(e.label)).map((e) => e.label);
    expect(offices).toEqual(["U.S. Attorney's Office for the Eastern District of Wisconsin"]);
    expect(x.entities.some((e) => e.label === 'Wisconsin')).toBe(false);
    expect(rel(x, 'worksFor')).toEqual(["Jane Park > U.S. Attorney's Office for the Eastern District of Wisconsin", "Tom Reyes > U.S. Attorney's Office for the Eastern District of Wisconsin"]);
  });
  test('a comma before some other district-like phrase, or a district the gazetteer lacks, leaves the office generic', () => {
    const x = run("The U.S. Attorney's Office, District of Atlantis, said a man was charged.\nThe U.S. Attorney's Office, which filed the case, said a man was charged.");
    expect(x.entities.filter((e) => /Attorney's Office/.test(e.label)).map((e) => e.label)).toEqual(["U.S. Attorney's Office"]);
  });
  test('not for a district the gazetteer does not know, nor for another title', () => {
    expect(rel(run('U.S. Attorney Jane Park of the District of Atlantis said the vendor had shipped pills.'), 'worksFor')).toEqual([]);
    expect(rel(run('Judge Jane Park of the Western District of Washington said the vendor had shipped pills.'), 'worksFor')).toEqual([]);
  });
});

describe('targeted: a seizure banner', () => {
  test('"This platform has been seized by …" is action against the market the article is about, however long ago it was named', () => {
    const x = run('Orca Market had been online since 2019, selling drugs on the dark web. It took a 4% commission. Its vendors shipped worldwide. Users paid in Monero. On Monday visitors saw a banner: THIS PLATFORM HAS BEEN SEIZED by the Guardia Civil.');
    expect(rel(x, 'targeted')).toEqual([expect.stringMatching(/ > Orca Market$/)]);
  });
  test('not when the article names no market', () => {
    const x = run('Police raided a warehouse in Porto. On Monday the site was closed by the Guardia Civil.');
    expect(rel(x, 'targeted')).toEqual([]);
  });
});

describe('partOf: a regional command named with its body', () => {
  test('"Atlantic Region Royal Canadian Mounted Police" is part of the RCMP the article names', () => {
    const x = run('Royal Canadian Mounted Police news release. The Atlantic Region Royal Canadian Mounted Police arrested two men in Halifax.');
    expect(rel(x, 'partOf')).toEqual(['Atlantic Region Royal Canadian Mounted Police > Royal Canadian Mounted Police']);
  });
  test('not a body the gazetteer does not know', () => {
    const x = run('Royal Canadian Mounted Police news release. The Southern District Health Authority was not involved.');
    expect(rel(x, 'partOf')).toEqual([]);
  });
});

describe('seizures in the present tense', () => {
  test('a headline\'s "police seize £2.4m" is a seizure', () => {
    const x = run('Cardiff dark web dealer jailed as police seize £2.4m in crypto');
    expect(x.facts.filter((f) => f.kind === 'Seizure').map((f: any) => `${f.quantity} ${f.unit}`)).toEqual(['2400000 GBP']);
  });
});

describe('chargedBy from a prosecutor\'s announcement', () => {
  test('"The U.S. Attorney\'s Office … announced that X had been arrested": the prosecutors charge X', () => {
    const x = run("The U.S. Attorney's Office for the District of Oregon announced on Monday that Mark Owens, a 41-year-old Canadian, had been arrested in Portland.");
    expect(rel(x, 'chargedBy')).toEqual(["Mark Owens > U.S. Attorney's Office for the District of Oregon"]);
  });
  test('not when the announcing body is not a prosecutor', () => {
    const x = run('The Guardia Civil announced on Monday that Mark Owens, a 41-year-old Canadian, had been arrested in Madrid.');
    expect(rel(x, 'chargedBy')).toEqual([]);
  });
});

describe('unit labels', () => {
  test('a unit scoped under its parent takes the parent\'s acronym once: "RCMP Cybercrime Unit", but "Ontario RCMP" stays', () => {
    const x = run('Royal Canadian Mounted Police news release. Ontario RCMP dismantles a dark web drug network. The Cybercrime Unit of the RCMP seized servers.');
    expect(x.entities.map((e) => e.label).sort()).toEqual(['Ontario RCMP', 'RCMP Cybercrime Unit', 'Royal Canadian Mounted Police']);
  });
});

describe('precision: earlier takedowns and vendor accounts', () => {
  test('a passive operate verb: "M was run by X", "M, run by X,", "M was allegedly founded by X"; "the raid was run by X\'s team" is no market\'s', () => {
    const dark = ' It sold drugs on the dark web.';
    expect(rel(run('Quillon Market was run by Lucas Verhoef.' + dark), 'operated')).toEqual(['Lucas Verhoef > Quillon Market']);
    expect(rel(run('Quillon Market, run by Lucas Verhoef, sold cocaine.' + dark), 'operated')).toEqual(['Lucas Verhoef > Quillon Market']);
    expect(rel(run('The darknet market Quillon was allegedly founded by Lucas Verhoef in 2019.' + dark), 'operated')).toEqual(['Lucas Verhoef > Quillon']);
    expect(rel(run('Police raided Quillon Market. The raid was run by Lucas Verhoef\'s team.' + dark), 'operated')).toEqual([]);
  });

  test('"ran the vendor account \'X\' on M", "a vendor shop called X on M": a vendor on M, not its operator', () => {
    const x = run('Marek Dvorsky admitted running the vendor account \'NordKing\' on the Quillon Market darknet platform.');
    expect(rel(x, 'vendorOn')).toEqual(['Marek Dvorsky > Quillon Market']);
    expect(rel(x, 'operated')).toEqual([]);
  });

  test('"A takes M offline", "A knocks M offline" (a split verb in the present tense): A targeted M', () => {
    const x = run('Operation Quillon takes hidden marketplace \'Ember Row\' offline with support from Europol.');
    expect(rel(x, 'targeted')).toEqual(['Quillon > Ember Row']);
    const y = run('The Guardia Civil knocks the dark web market Ember Row offline, officials said on 3 March 2024.');
    expect(rel(y, 'targeted').length).toBe(1);
    // ("takes the stand" is no takedown)
    expect(rel(run('The Guardia Civil takes the darknet market Ember Row seriously.'), 'targeted')).toEqual([]);
  });

  test('"In 2021, German authorities took down X" is an earlier takedown, not the article\'s target', () => {
    const x = run('Police in Poland have shut down Zenith Market, a dark web marketplace, officials said on 21 March 2025. In 2021, German authorities took down the DarkMarket platform in a separate operation.');
    expect(rel(x, 'targeted')).toEqual([expect.stringMatching(/ > Zenith Market$/)]);
    expect(rel(x, 'precededBy')).toEqual([expect.stringMatching(/ > DarkMarket$/)]);
  });
  test('"ran a vendor account on M" is selling on M, for every person of the subject', () => {
    const x = run('Jason Miller, 34, and Kevin Ortiz, 29, ran a vendor account on the Abacus Market, a dark web marketplace, from 2021 to 2023.');
    expect(rel(x, 'operated')).toEqual([]);
    expect(rel(x, 'vendorOn')).toEqual(['Jason Miller > Abacus Market', 'Kevin Ortiz > Abacus Market']);
    const y = run('Jason Miller, 34, and Kevin Ortiz, 29, ran the Abacus Market, a dark web marketplace, from 2021 to 2023.');
    expect(rel(y, 'operated')).toEqual(['Jason Miller > Abacus Market', 'Kevin Ortiz > Abacus Market']);
  });
});

describe('precision: other operations and uninvolved officials', () => {
  const ARTICLE = 'German police have arrested the administrator of a dark web marketplace. The investigation, dubbed Operation Kettle, began in 2022.';
  test('a takedown in a sentence naming another operation is that operation\'s, wherever it is named', () => {
    const x = run(`${ARTICLE} The FBI and the Dutch police took down a similar site, Hansa Market, in 2017 as part of Operation Bayonet.`);
    expect(rel(x, 'targeted')).toEqual([expect.stringMatching(/^Bayonet > Hansa/)]);
  });
  test('an official "who was not involved" speaks, but his agency did not take part', () => {
    const x = run(`${ARTICLE} Detective Inspector Mark Wells of Scotland Yard, who was not involved in the case, said such markets reappear quickly.`);
    expect(rel(x, 'worksFor')).toHaveLength(1);
    expect(rel(x, 'participatedIn').filter((r) => /Metropolitan/.test(r))).toEqual([]);
  });
});

describe('"the defendants": the people the article has charged or arrested', () => {
  const CHARGED = 'Mark Owens, 41, and Paul Reyes, 37, were charged by the U.S. Attorney\'s Office for the District of Oregon with running a dark web shop.';
  test('"Both defendants were arrested by FBI agents" and "the defendants sold … on M"', () => {
    const x = run(`${CHARGED} Both defendants were arrested by FBI agents on May 2. Earlier, the defendants sold fake pills on AlphaBay, then the largest dark web market.`);
    expect(rel(x, 'chargedBy')).toEqual([expect.stringMatching(/^Mark Owens > /), expect.stringMatching(/^Paul Reyes > /)]);
    expect(rel(x, 'arrestedBy')).toEqual(['Mark Owens > Federal Bureau of Investigation', 'Paul Reyes > Federal Bureau of Investigation']);
    expect(rel(x, 'vendorOn')).toEqual(['Mark Owens > AlphaBay', 'Paul Reyes > AlphaBay']);
  });
  test('"the pair" only stands for exactly two; nobody charged before means nobody', () => {
    const x = run(`${CHARGED.replace('Paul Reyes, 37,', 'Paul Reyes, 37, and Dean Cole, 29,').replace('41, and', '41,')} The pair were arrested by FBI agents on May 2.`);
    expect(rel(x, 'chargedBy')).toHaveLength(3);
    expect(rel(x, 'arrestedBy')).toEqual([]);
    const y = run(`Both defendants were arrested by FBI agents on May 2. ${CHARGED}`);
    expect(rel(y, 'arrestedBy')).toEqual([]);
  });
});

describe('sold: a market kept in view by "the platform"', () => {
  test('a sentence that refers to the market again keeps it the seller of the next one\'s drugs', () => {
    const x = run('Orca Market launched in 2021 on the dark web. Three years on, police seized it. By then the platform handled 50,000 orders a month. Cocaine and ketamine were the main products on offer.');
    expect(rel(x, 'sold')).toEqual(['Orca Market > cocaine', 'Orca Market > ketamine']);
  });
  test('not after sentences that leave it', () => {
    const x = run('Orca Market launched in 2021 on the dark web. Three years on, police seized it. Officers later searched a flat in Seville. Cocaine and ketamine were on offer at the flat.');
    expect(rel(x, 'sold')).toEqual([]);
  });
});

describe('participation stated without a named partner', () => {
  test('"X led the investigation. Y and Z assisted." and "Y and Z supported the operation": each took part', () => {
    const x = run('Police in Spain have shut down a dark web shop. The investigation was led by the Guardia Civil. Europol and Eurojust assisted.');
    expect(rel(x, 'participatedIn')).toEqual([expect.stringMatching(/^Eurojust > /), expect.stringMatching(/^Europol > /)]);
    const y = run('The Guardia Civil led the investigation into Orca Market. The Portuguese Polícia Judiciária and Europol supported the operation.');
    expect(rel(y, 'participatedIn')).toHaveLength(2);
  });
  test('"Authorities, supported by Europol and Eurojust, shut down …": the named supporters took part', () => {
    const x = run('Law enforcement authorities from six countries, supported by Europol and Eurojust, have shut down Zenith Market, a dark web marketplace.');
    expect(rel(x, 'participatedIn')).toEqual([expect.stringMatching(/^Eurojust > /), expect.stringMatching(/^Europol > /)]);
  });
});

describe('participation by listing', () => {
  test('"Operation X involved partners including A, B and C": each listed agency took part', () => {
    const x = run('Operation Kestrel involved international partners including Europol, the Bundeskriminalamt and, in the United States, the FBI and the Drug Enforcement Administration.');
    expect(rel(x, 'participatedIn')).toEqual(['Drug Enforcement Administration > Kestrel', 'Europol > Kestrel', 'Federal Bureau of Investigation > Kestrel', 'Federal Criminal Police Office > Kestrel']);
  });
  test('"Participating agencies included …" and "A and B took part, as did C" name the article\'s operation\'s partners', () => {
    const x = run('Police in Norway have dismantled a dark web drug ring in Operation Fjell. Participating agencies included the FBI and the National Crime Agency.');
    expect(rel(x, 'participatedIn')).toEqual(['Federal Bureau of Investigation > Fjell', 'National Crime Agency > Fjell']);
    const y = run('Police in Norway have dismantled a dark web drug ring in Operation Fjell. Officers of the Swedish Police Authority took part, as did Europol.');
    expect(rel(y, 'participatedIn')).toEqual(['Europol > Fjell', 'Swedish Police Authority > Fjell']);
    expect(y.entities.map((e) => e.label)).not.toContain('Officers of the Swedish Police Authority');
  });
  test('not when the verb has another subject or object, nor for an earlier year', () => {
    const x = run('Police in Norway have dismantled a dark web drug ring in Operation Fjell. The case involved a courier who had worked for the FBI.');
    expect(rel(x, 'participatedIn')).toEqual([]);
    const y = run('Police in Norway have dismantled a dark web drug ring in Operation Fjell. Europol took part in a conference in Oslo.');
    expect(rel(y, 'participatedIn')).toEqual([]);
    const z = run('Police in Norway have dismantled a dark web drug ring in Operation Fjell, they said on 3 May 2024. In 2015, the FBI took part.');
    expect(rel(z, 'participatedIn')).toEqual([]);
  });
});

describe('units owned by a body, and pleas', () => {
  test('"the X Division, including its A Section and its B Section": both sections are the division\'s, not each other\'s', () => {
    const x = run('The case was brought with support from the Justice Department\'s Criminal Division, including its Money Laundering Section and its Computer Crime and Intellectual Property Section.');
    const parts = rel(x, 'partOf');
    expect(parts).toEqual(expect.arrayContaining(['Computer Crime and Intellectual Property Section > Criminal Division', 'Money Laundering Section > Criminal Division']));
    expect(parts).not.toContain('Computer Crime and Intellectual Property Section > Money Laundering Section');
  });
  test('"A is housed within B\'s C": A is part of C; "its" before a non-unit is no ownership', () => {
    const x = run('The Dark Web Team was set up in 2019 and is housed within the NCA\'s National Cyber Crime Unit.');
    expect(rel(x, 'partOf')).toContain('Dark Web Team > National Cyber Crime Unit');
    const y = run('The FBI thanked Europol and its partners.');
    expect(rel(y, 'partOf')).toEqual([]);
  });
  test('"X pleaded guilty" in a release of a U.S. Attorney\'s Office: the office charged X; a quoted plea by someone else is not', () => {
    const x = run('Lena Varga, 29, of Fresno, pleaded guilty to conspiracy to distribute fentanyl, according to the U.S. Attorney\'s Office for the Eastern District of California.');
    expect(rel(x, 'chargedBy')).toEqual([expect.stringMatching(/^Lena Varga > .*Eastern District of California/)]);
    const y = run('Lena Varga, 29, of Fresno, pleaded guilty to conspiracy to distribute fentanyl.');
    expect(rel(y, 'chargedBy')).toEqual([]);
  });
});

describe('people named as objects and in appositions', () => {
  test('"police arrested <given name> <surname>" is a person; "its founder, X" operated the market named before', () => {
    const x = run('Harbour Market, a dark web marketplace, was shut down in 2019, when the FBI arrested its founder, Karel Dostal, in Prague.');
    expect(rel(x, 'arrestedBy')).toEqual(['Karel Dostal > Federal Bureau of Investigation']);
    expect(rel(x, 'operated')).toEqual(['Karel Dostal > Harbour Market']);
    expect(rel(x, 'worksFor')).toEqual([]);
    const y = run('Harbour Market, a dark web marketplace, was closed. The suspected creator and administrator of the site, Karel Dostal, a 31-year-old Czech citizen, was arrested by the Czech police.');
    expect(rel(y, 'operated')).toEqual(['Karel Dostal > Harbour Market']);
  });
  test('a name after a verb that is not done to people needs more than a given name', () => {
    const x = run('Officers visited Grace Street in Leeds.');
    expect(x.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
  test('nationality from "a 29-year-old Estonian man, X," and "Estonian national X"; not across two descriptions', () => {
    expect(rel(run('Police said a 29-year-old Estonian man, Karl Tammsaar, was detained at the airport.'), 'nationality')).toEqual(['Karl Tammsaar > Estonia']);
    expect(rel(run('Estonian national Karl Tammsaar was detained at the airport.'), 'nationality')).toEqual(['Karl Tammsaar > Estonia']);
    expect(rel(run('French citizen Lucie Marchetti was detained at the airport.'), 'nationality')).toEqual(['Lucie Marchetti > France']);
    // (two descriptions, two names: which is whose is not read)
    expect(rel(run('Police said a 29-year-old Estonian man and a 30-year-old Latvian woman, Karl Tammsaar and Liga Ozolina, were detained.'), 'nationality')).toEqual([]);
    // (a title is no nationality)
    expect(rel(run('The Finnish Customs spokesman, Karl Tammsaar, said so.'), 'nationality')).toEqual([]);
  });

  test('Thai police ranks ("Pol Gen X", "Police Colonel X") and "Deputy National Police Commissioner of X" are titles, not names or bodies', () => {
    const x = run('Pol Gen Anan Sirichai, a deputy commissioner-general of the Royal Thai Police, oversaw the raids.');
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual(['Anan Sirichai']);
    expect(rel(x, 'worksFor')).toEqual(['Anan Sirichai > Royal Thai Police']);
    const y = run('Mats Lindqvist, Deputy National Police Commissioner of the Swedish Police Authority, said: "It reached far."');
    expect(y.entities.filter((e) => e.type === 'Agency').map((e) => e.label)).toEqual(['Swedish Police Authority']);
    expect(rel(y, 'worksFor')).toEqual(['Mats Lindqvist > Swedish Police Authority']);
  });

  test('"A received information from B", "acting on intelligence from B": A and B co-operated', () => {
    expect(rel(run('The Halifax unit of the RCMP received information from Homeland Security Investigations about a trafficker.'), 'cooperatedWith')).toEqual(['Homeland Security Investigations > Royal Canadian Mounted Police']);
    expect(rel(run('Acting on intelligence from the National Crime Agency, Police Scotland raided a flat in Dundee.'), 'cooperatedWith')).toEqual(['National Crime Agency > Police Scotland']);
    // (information from the public is no partner)
    expect(rel(run('Police Scotland received information from the public about a flat in Dundee.'), 'cooperatedWith')).toEqual([]);
  });

  test('"three Swedish nationals - Robert, 47, Daniel, 39, and John, 33": three people by their given names, each Swedish, each of this article only', () => {
    const x = run('Police in Bangkok said on Friday that officers had arrested three Swedish nationals - Robert, 47, Daniel, 39, and John, 33 - giving only their first names.');
    const people = x.entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.label).sort()).toEqual(['Daniel', 'John', 'Robert']);
    expect(rel(x, 'nationality')).toEqual(['Daniel > Sweden', 'John > Sweden', 'Robert > Sweden']);
    // (a given name alone is keyed to its article: another article's "Robert" is another person)
    const y = extractDocument(makeDocument('Police in Oslo said officers had arrested two Norwegian nationals - Robert, 51, and Even, 44.', { file: 'u.txt', path: 'u.txt' }));
    const robert = (e: Extraction) => e.entities.find((p) => p.label === 'Robert')?.key;
    expect(robert(y)).toBeDefined();
    expect(robert(y)).not.toBe(robert(x));
    // (a given name alone, with no counted list before it, is no person: "Jordan, 21, said")
    expect(run('Police said that Robert, 47, had left.').entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  test('"the Criminal Police Division of the Maribor Police Directorate": the unit under its body, the whole name one of its names; "POLICE" in a header is no town', () => {
    const x = run('POLICE - KRANJ POLICE DIRECTORATE\nInvestigators of the Criminal Police Division of the Kranj Police Directorate concluded the investigation on Tuesday.');
    const unit = x.entities.find((e) => e.label === 'Criminal Police Division');
    expect(unit?.altLabels).toContain('Criminal Police Division of the Kranj Police Directorate');
    expect(rel(x, 'partOf')).toEqual(['Criminal Police Division > KRANJ POLICE DIRECTORATE']);
    expect(x.entities.filter((e) => e.type === 'Location')).toEqual([]);
  });

  test('employers: "X, then a detective with B", "X, the Crown attorney for Ontario\'s B", "Superior Court Justice X of B"', () => {
    expect(rel(run('Dana Whitfield, then a financial crimes detective with the Toronto Police Service, moved the coins.'), 'worksFor')).toEqual(['Dana Whitfield > Toronto Police Service']);
    expect(rel(run('At the hearing, Erin Castell, the Crown attorney for Ontario\'s Ministry of the Attorney General, argued the case.'), 'worksFor')).toEqual(['Erin Castell > Ministry of the Attorney General']);
    const x = run('On April 3, 2019, Superior Court Justice Jane Corrigan of the Ontario Superior Court of Justice ordered the coins forfeited.');
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual(['Jane Corrigan']);
  });

  test('"A tipped off B", "A alerted B": co-operation between bodies; "police alerted the public" is none', () => {
    expect(rel(run('In May 2015, Homeland Security Investigations tipped off the Toronto Police Service about a buyer.'), 'cooperatedWith')).toEqual(['Homeland Security Investigations > Toronto Police Service']);
    expect(rel(run('In September 2019 Europol alerted the Czech Customs Administration to darkweb vendors.'), 'cooperatedWith')).toHaveLength(1);
    expect(rel(run('Police alerted the public to the dangers of the dark web.'), 'cooperatedWith')).toEqual([]);
  });

  test('"Prosecutors in Vienna charged X": the Vienna prosecutor\'s office charged X; not a quoted source, not a US city, not "federal prosecutors"', () => {
    expect(rel(run('Prosecutors in Graz charged Markus Feldner, 34, with drug trafficking.'), 'chargedBy')).toEqual(["Markus Feldner > Graz Public Prosecutor's Office"]);
    expect(run('Police arrested three men, prosecutors in Graz said on Friday.').entities.filter((e) => e.type === 'Agency')).toEqual([]);
    expect(run('Prosecutors in Sacramento charged Markus Feldner, 34.').entities.filter((e) => e.type === 'Agency')).toEqual([]);
    expect(run('Federal prosecutors in Graz charged Markus Feldner, 34.').entities.filter((e) => e.type === 'Agency')).toEqual([]);
  });

  test('a unit of a police force named a board is part of it; a shared name counts for the body whose parent the sentence names', () => {
    // (Estonia's "Police and Border Guard Board" is a police force, not a board of members)
    expect(rel(run('The Cybercrime Unit of the Estonian Police and Border Guard Board arrested two men.'), 'partOf')).toEqual(['PPA Cybercrime Unit > Police and Border Guard Board']);
    // ("Central Criminal Police" is several countries' name: the Estonian one when the sentence names its parent)
    const x = run('Since 2019 the Central Criminal Police of the Police and Border Guard Board (PPA) has led six proceedings.');
    expect(rel(x, 'partOf')).toEqual(['Central Criminal Police (Estonia) > Police and Border Guard Board']);
  });

  test('Indonesian police ranks, twins named with their nationality, a possessive apposition', () => {
    const x = run('Commissioner General Wahyu Pranata, head of Bareskrim, showed reporters around the villa in Bali on Monday.');
    expect(x.entities.filter((e) => e.type === 'Agency').map((e) => e.key)).toEqual(['agency:id-bareskrim']);
    expect(rel(x, 'worksFor')).toEqual(['Wahyu Pranata > Criminal Investigation Agency (Indonesia)']);
    const y = run('Bareskrim officers arrested the Ukrainian twins Ivan Korol and Mykola Korol at the villa in Bali.');
    expect(rel(y, 'nationality')).toEqual(['Ivan Korol > Ukraine', 'Mykola Korol > Ukraine']);
    expect(run('He had worked as the accountant of Freddy Santoso, Indonesia\'s most wanted drug lord.').entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual(['Freddy Santoso']);
  });

  test('a title and one name ("said Senior Commissioner Suhermanto", "Commissioner Smith of the Met"), a surname given before in full, not an abbreviation or a lower-case "di"', () => {
    const x = run('"Its sales go through the dark web," said Senior Commissioner Suhartono, a sub-directorate head at Bareskrim.');
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual(['Suhartono']);
    const y = run('"We will find them," said Commissioner Smithers of the Metropolitan Police.');
    expect(rel(y, 'worksFor')).toEqual(['Smithers > Metropolitan Police Service']);
    expect(y.entities.filter((e) => e.type === 'Agency').map((e) => e.label)).toEqual(['Metropolitan Police Service']);
    const z = run('Detective Inspector Mark Hollis led the case. "It was big," said Detective Inspector Hollis.');
    expect(z.entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual(['Mark Hollis']);
    expect(run('RCMP spokesperson Cpl. Chris Marshall said so. She studies at the Politecnico di Torino.').entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual(['Chris Marshall']);
  });

  test('"captured X", "Ukrainian national X", "A co-accused, X,", "Medellin Mayor X": people', () => {
    const x = run('The Colombian National Police and HSI captured Michel Bernal Vasco, a citizen of the United States, on a public road.');
    expect(rel(x, 'arrestedBy')).toEqual(['Michel Bernal Vasco > Homeland Security Investigations', 'Michel Bernal Vasco > National Police of Colombia']);
    expect(rel(run('The court sentenced Ukrainian national Roman Petrenko to life in prison.'), 'nationality')).toEqual(['Roman Petrenko > Ukraine']);
    expect(run('A co-accused, Louis-Marc Tremblay, has also pleaded guilty.').entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual(['Louis-Marc Tremblay']);
    expect(run('"We work with the DEA," Medellin Mayor Federico Gomez said.').entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual(['Federico Gomez']);
  });

  test('"the official representative of the Ministry of Internal Affairs of Russia Irina Volk": the body, then its person (a title before the body keeps its own reading)', () => {
    const x = run('"The investigation continues," said the official representative of the Ministry of Internal Affairs of Russia Irina Sokolova.');
    expect(x.entities.filter((e) => e.type === 'Agency').map((e) => e.key)).toEqual(['agency:mvd']);
    expect(rel(x, 'worksFor')).toEqual(['Irina Sokolova > Ministry of Internal Affairs of Russia']);
    const y = run('U.S. Attorney for the District of Arizona Gary M. Restrepo announced the charges.');
    expect(y.entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual(['Gary M. Restrepo']);
  });

  test('"A, B and the United States Homeland Security Investigations captured X": a country before a listed body keeps the list', () => {
    const x = run('In a joint operation, the Fiscalía General de la Nación, the Colombian National Police and the United States Homeland Security Investigations (HSI) captured Miguel Bernal Vasco on a public road in Medellín.');
    expect(rel(x, 'cooperatedWith')).toEqual(["Attorney General's Office of Colombia > Homeland Security Investigations", "Attorney General's Office of Colombia > National Police of Colombia", 'National Police of Colombia > Homeland Security Investigations']);
  });

  test('"X operated a vendor account named \'H\' on multiple darknet markets, including A and B": a vendor on each', () => {
    const x = run("According to court documents, Jonah Pell, 33, of Baltimore, operated a vendor account named 'PillKing' on multiple darknet markets, including Empire Market and White House Market.");
    expect(rel(x, 'vendorOn')).toEqual(['Jonah Pell > Empire Market', 'Jonah Pell > White House Market']);
  });

  test('"X, who traded as \'H\' on M", "he sold drugs as \'H\' on M", "X operated under the name \'H\' on A and B": a vendor, not an operator', () => {
    const pre = 'Liam Carver, 29, of Salford, was jailed for eight years. ';
    expect(rel(run(pre + "Carver, who traded as 'NorthernLights' on the Dream Market, was arrested in March 2019."), 'vendorOn')).toEqual(['Liam Carver > Dream Market']);
    expect(rel(run(pre + "He sold drugs as 'NorthernLights' on Dream Market."), 'vendorOn')).toEqual(['Liam Carver > Dream Market']);
    const x = run(pre + "Carver operated under the name 'NorthernLights' on Dream Market and Wall Street Market.");
    expect(rel(x, 'vendorOn')).toEqual(['Liam Carver > Dream Market', 'Liam Carver > Wall Street Market']);
    expect(rel(x, 'operated')).toEqual([]);
  });

  test('"Europol and Eurojust supported Operation X": both took part; "the National Police" of the country the sentence names', () => {
    expect(rel(run('Europol and Eurojust supported Operation Nightjar, which targeted vendors on the dark web.'), 'participatedIn')).toEqual(['Eurojust > Nightjar', 'Europol > Nightjar']);
    const x = run('In Germany, the Federal Criminal Police Office (BKA) arrested 12 suspects; in the Netherlands, the National Police arrested 8 suspects.');
    expect(x.entities.filter((e) => e.type === 'Agency').map((e) => e.key).sort()).toEqual(['agency:bka', 'agency:nl-police']);
    expect(x.facts.filter((f) => f.kind === 'ArrestCount').map((f) => (f.kind === 'ArrestCount' ? [f.count, f.place] : []))).toEqual([[12, 'country:germany'], [8, 'country:netherlands']]);
    // (with no country named, "the National Police" stays a body of its own name)
    expect(run('The National Police said so.').entities.map((e) => e.key)).toEqual(['agency:national-police']);
  });

  test('"the Oslo Police District", "the police in Bergen", "Kripos officers and the Bergen police": bodies, and partners', () => {
    expect(rel(run('"It was big," said Stein Olav Brekke, head of the violence section of the Oslo Police District.'), 'worksFor')).toEqual(['Stein Olav Brekke > Oslo Police District']);
    expect(rel(run('The case is being investigated by Kripos together with the police in Bergen.'), 'cooperatedWith')).toEqual(['Bergen Police > Kripos']);
    expect(rel(run('On February 15, Kripos officers and the Bergen police raided an address in the Bergen area.'), 'cooperatedWith')).toEqual(['Bergen Police > Kripos']);
    // (a country's police in lower case is no body of its own: "handed to the police in Germany")
    expect(run('He was handed to the police in Germany.').entities.filter((e) => e.type === 'Agency')).toEqual([]);
  });

  test('"said Ago Leis of the Central Criminal Police": a person and the body, even with a given name no list holds', () => {
    const x = run('"Anonymity is an illusion," said Aivo Leppik of the Central Criminal Police.');
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual(['Aivo Leppik']);
    expect(rel(x, 'worksFor')).toEqual(['Aivo Leppik > Central Criminal Police']);
  });

  test('"a 42-year-old Latvian national identified by his first name as Jevgenijs": a person of that one name, Latvian; "known as X" is a handle', () => {
    const x = run('The court heard the case, in which a 42-year-old Latvian national identified by his first name as Valdis is accused. Valdis found partners in Estonia.');
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual(['Valdis']);
    expect(rel(x, 'nationality')).toEqual(['Valdis > Latvia']);
    expect(run('A vendor known as Quietkrona sold pills on the dark web.').entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  test('nationality from "a citizen of France" and from "Dutchman X"', () => {
    const x = run('Luc Perrin, 36, a citizen of France, was sentenced in Miami. The second defendant, 58-year-old Dutchman Pieter Vos, was jailed.');
    expect(rel(x, 'nationality')).toEqual(['Luc Perrin > France', 'Pieter Vos > Netherlands']);
    const y = run('Luc Perrin, a resident of France, was sentenced in Miami.');
    expect(rel(y, 'nationality')).toEqual([]);
  });
  test('employers: ", who commands the X", "the head of X, Name,", "RCMP Sgt. Name"', () => {
    expect(rel(run('Colonel Marco Bassi, who commands the Carabinieri cyber unit, said the network was large.'), 'worksFor')).toEqual([expect.stringMatching(/^Marco Bassi > /)]);
    expect(rel(run('At a press conference, the head of EC3, Anna Lind, said the market was gone.'), 'worksFor')).toEqual(['Anna Lind > European Cybercrime Centre']);
    expect(rel(run('RCMP Sgt. Paul Leduc said the parcels came from Europe.'), 'worksFor')).toEqual(['Paul Leduc > Royal Canadian Mounted Police']);
    // an apposition that is a clause of its own is no title
    expect(rel(run('The FBI shut the site down and arrested its owner, Anna Lind, in Oslo.'), 'worksFor')).toEqual([]);
  });
  test('"the X special unit of the Y" is part of Y; "They had help from A and B" names partners', () => {
    const x = run('Officers of the Dark Web Team, the specialist unit of the National Crime Agency, searched the house.');
    expect(rel(x, 'partOf')).toContain('Dark Web Team > National Crime Agency');
    const y = run('Police in Oslo closed Fjord Market in Operation Fjell. They had help from the Swedish Police Authority and Europol.');
    expect(rel(y, 'participatedIn')).toEqual(['Europol > Fjell', 'Swedish Police Authority > Fjell']);
  });
});

describe('background takedowns and listed titled people', () => {
  test('"a year after the FBI and Dutch police took down X": both targeted X, neither took part in the article\'s operation', () => {
    const x = run('Police closed Orca Market on 3 May 2024. The closure comes a year after the FBI and the Guardia Civil took down Reef Market and Tide Market, then the two biggest dark web markets.');
    expect(rel(x, 'targeted')).toEqual(expect.arrayContaining(['Federal Bureau of Investigation > Reef Market', 'Guardia Civil > Reef Market', 'Federal Bureau of Investigation > Tide Market', 'Guardia Civil > Tide Market']));
    expect(rel(x, 'participatedIn')).toEqual([]);
  });
  test('"builds on the takedown in January 2021 of X": precededBy', () => {
    const x = run('Police shut down Orca Market on 3 May 2022 in Operation Coral. The operation builds on the takedown in January 2021 of Reef Market, at the time the largest marketplace on the dark web.');
    expect(rel(x, 'precededBy')).toEqual(['Coral > Reef Market']);
  });
  test('"A, FBI Director B and Acting Administrator C of the DEA": each person has their own employer', () => {
    const x = run('Deputy Attorney General Rod J. Rosenstein, FBI Director Christopher Wray and Acting Administrator Uttam Dhillon of the Drug Enforcement Administration announced the results.');
    expect(rel(x, 'worksFor')).toEqual(['Christopher Wray > Federal Bureau of Investigation', 'Uttam Dhillon > Drug Enforcement Administration']);
  });
  test('"X, one of the largest French-language marketplaces on the dark web" is a market', () => {
    const x = run('French customs officers have dismantled Lune Noire, one of the largest French-language marketplaces on the dark web.');
    expect(x.entities.filter((e) => e.type === 'Marketplace').map((e) => e.label)).toEqual(['Lune Noire']);
  });
});

describe('pronouns, prosecutors and sites referred to again', () => {
  test('"He launched X" and "prosecutors say he created and ran the site": the person named last', () => {
    const x = run('Lark Market was a dark web marketplace. Police in Brno detained Tomas Novak on Monday. He launched Lark Market in early 2013.');
    expect(rel(x, 'operated')).toEqual(['Tomas Novak > Lark Market']);
    const y = run('Lark Market was a dark web marketplace. The lead defendant is Marek Vlk, a 42-year-old Czech national. Prosecutors say he created and ran the site.');
    expect(rel(y, 'operated')).toEqual(['Marek Vlk > Lark Market']);
    // not when the sentence names its own subject
    const z = run('Lark Market was a dark web marketplace. Police in Brno detained Tomas Novak on Monday. His brother launched Lark Market in 2013.');
    expect(rel(z, 'operated')).toEqual([]);
  });
  test('"The case is being prosecuted by …": the office charged the people the article arrested or charged', () => {
    const x = run('Reef Market was a dark web marketplace. Jon Kell, 31, was arrested by the FBI in Miami. The case is being prosecuted by the U.S. Attorney\'s Office for the Southern District of Florida.');
    expect(rel(x, 'chargedBy')).toEqual([expect.stringMatching(/^Jon Kell > .*Southern District of Florida/)]);
  });
  test('"The FBI took the site offline" targets the market the article is about; "the NCA, which includes the X Unit" is partOf', () => {
    const x = run('Reef Market was a dark web marketplace. The FBI took the site offline on Tuesday.');
    expect(rel(x, 'targeted')).toHaveLength(1);
    expect(rel(x, 'targeted')[0]).toMatch(/> Reef Market$/);
    expect(rel(run('The NCA, which includes the National Cyber Crime Unit, led the work.'), 'partOf')).toEqual(['National Cyber Crime Unit > National Crime Agency']);
  });
  test('nationality: "X, 37, an Israeli citizen", "Y, 34, also an Israeli citizen", "Z, a U.S. citizen"', () => {
    const x = run('Dan Levy, 37, an Israeli citizen living in Brazil, was arrested. Avi Ron, 34, also an Israeli citizen, was held. Sam Cole, a U.S. citizen who lived in Peru, was charged.');
    expect(rel(x, 'nationality')).toEqual(['Avi Ron > Israel', 'Dan Levy > Israel', 'Sam Cole > United States']);
  });
});

describe('units in lower case, owned by the article\'s office, and operations described by apposition', () => {
  test('"the FBI\'s Pittsburgh field office" is a unit of the FBI, and the partner of those it worked with', () => {
    const x = run('The investigation was carried out by the FBI\'s Pittsburgh field office with the help of the Israel Police and Europol.');
    expect(x.entities.find((e) => e.label === 'FBI Pittsburgh Field Office')?.altLabels).toContain('Pittsburgh field office');
    expect(rel(x, 'partOf')).toEqual(['FBI Pittsburgh Field Office > Federal Bureau of Investigation']);
    expect(rel(x, 'cooperatedWith')).toEqual(expect.arrayContaining(['Europol > FBI Pittsburgh Field Office', 'FBI Pittsburgh Field Office > Israel Police']));
  });
  test('"the Office\'s X Unit" in a release of an office is that office\'s unit; not when the article is not from an office', () => {
    const x = run('U.S. Attorney\'s Office for the Southern District of New York. The case is being handled by the Office\'s Money Laundering Unit.');
    expect(rel(x, 'partOf')).toEqual(['Money Laundering Unit > U.S. Attorney\'s Office for the Southern District of New York']);
    const y = run('The FBI said the case is being handled by the Office\'s Money Laundering Unit.');
    expect(rel(y, 'partOf')).toEqual([]);
  });
  test('"Project GOLDEN, an 11-month OPP investigation into …": a named investigation the agency ran', () => {
    const x = run('Project GOLDEN, an 11-month OPP investigation into a drug network in southwestern Ontario, ended in May.');
    expect(rel(x, 'participatedIn')).toEqual(['Ontario Provincial Police > Project GOLDEN']);
    expect(run('The Tor Project said the network was fine.').entities.filter((e) => e.type === 'Operation')).toEqual([]);
  });
});

describe('pronoun objects, negated selling and headlines', () => {
  test('"The NCA, working with the FBI, tracked X down and arrested him": the clause\'s subject arrested X', () => {
    const x = run('Liam Ward, 24, ran a dark web shop. The National Crime Agency, working with the FBI, tracked Ward down and arrested him at his flat in Liverpool.');
    expect(rel(x, 'arrestedBy')).toEqual(['Liam Ward > National Crime Agency']);
    const y = run('Czech police have detained Tomáš Novák, the programmer behind a dark web market, and charged him with money laundering.');
    expect(rel(y, 'chargedBy')).toEqual([expect.stringMatching(/^Tomáš Novák > /)]);
  });
  test('"created nine Reef Market accounts" is no running of the market, "did not list any item for sale on X" no selling there', () => {
    const x = run('Reef Market was a dark web marketplace. In 2012, Dan Cole created nine Reef Market accounts to hide his identity. Cole did not list any item for sale on Reef Market.');
    expect(rel(x, 'operated')).toEqual([]);
    expect(rel(x, 'vendorOn')).toEqual([]);
  });
  test('a title in a title-case headline is followed by a name only if the name starts with a given name', () => {
    const x = run('U.S. Attorney Announces Historic Seizure Of Bitcoin Tied To Reef Market');
    expect(x.entities.filter((e) => e.type === 'Person')).toEqual([]);
    const y = run('U.S. Attorney Damian Lewis Announces Seizure Of Bitcoin Tied To Reef Market');
    // (where such a name ends in a title-case line is not known: the capitalised words after it may run on)
    expect(y.entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual([expect.stringMatching(/^Damian Lewis\b/)]);
  });
  test('"the Special Agent in Charge of the Internal Revenue Service" names the IRS, not a body called "Charge of the …"', () => {
    const x = run('Tyler Hatch, the Special Agent in Charge of the Internal Revenue Service, said the coins were traced.');
    expect(x.entities.filter((e) => e.type === 'Agency').map((e) => e.label)).toEqual(['Internal Revenue Service']);
  });
});

describe('one agency running the investigation', () => {
  test('"Since 2020, the Düsseldorf Police Headquarters has been conducting a cybercrime investigation under the direction of …"', () => {
    const x = run('Police have shut down Orca Market, a dark web marketplace. Since 2020, the Düsseldorf Police Headquarters has been conducting a cybercrime investigation under the direction of the ZAC NRW.');
    expect(x.entities.map((e) => e.label)).toContain('Düsseldorf Police Headquarters');
    expect(rel(x, 'participatedIn')).toEqual([expect.stringMatching(/^Düsseldorf Police Headquarters > /)]);
    expect(rel(x, 'ledBy')).toEqual([expect.stringMatching(/ > Cybercrime Central and Contact Point of North Rhine-Westphalia$/)]);
  });
  test('not an agency that is only the object or a bystander of the verb', () => {
    const x = run('Police have shut down Orca Market, a dark web marketplace. Investigators told the FBI that they had opened an investigation.');
    expect(rel(x, 'participatedIn')).toEqual([]);
  });
});

describe('operations named in passives and compounds, listed objects and subjects', () => {
  test('"A and B were taken down in July 2017 in Operation X, led by …": X targeted both', () => {
    const x = run('Orca Market launched in 2022 on the dark web. Reef Market and Tide Market were taken down in July 2017 in Operation Coral, led by the FBI and the Dutch National Police.');
    expect(rel(x, 'targeted')).toEqual(['Coral > Reef Market', 'Coral > Tide Market']);
  });
  test('"The FBI-led enforcement action, named Operation X": ledBy', () => {
    expect(rel(run('The FBI-led enforcement action last week, named Operation Kestrel, targeted vendors on the dark web.'), 'ledBy')).toEqual(['Kestrel > Federal Bureau of Investigation']);
  });
  test('"The CPS charged A, B and C": each of them; "arrested by officers from the X": the X', () => {
    const x = run('Brian Pitts, 50, Katie Harlow, 30, and Lee Lloyd, 40, ran a dark web shop. The Crown Prosecution Service (CPS) charged Pitts, Harlow and Lloyd with money laundering.');
    expect(rel(x, 'chargedBy')).toEqual(['Brian Pitts > Crown Prosecution Service', 'Katie Harlow > Crown Prosecution Service', 'Lee Lloyd > Crown Prosecution Service']);
    const y = run('Ryan Milligan, 29, was arrested by officers from the Police Service of Northern Ireland in 2013.');
    expect(rel(y, 'arrestedBy')).toEqual(['Ryan Milligan > Police Service of Northern Ireland']);
  });
  test('"the three were arrested by …" stands for three people charged before, not for two', () => {
    const x = run('Ann Lee, 30, Bob Lee, 32, and Cy Lee, 35, were charged by the Crown Prosecution Service. The three were arrested by the National Crime Agency in 2020.');
    expect(rel(x, 'arrestedBy')).toHaveLength(3);
    const y = run('Ann Lee, 30, and Bob Lee, 32, were charged by the Crown Prosecution Service. The three were arrested by the National Crime Agency in 2020.');
    expect(rel(y, 'arrestedBy')).toEqual([]);
  });
  test('"Germany\'s BKA, together with the ZIT …, took down X in 2022" (an earlier year): both targeted X', () => {
    const x = run('Police shut down Orca Market on 3 May 2024. In 2022 Germany\'s Federal Criminal Police Office (BKA), together with the Central Office for Combating Internet Crime (ZIT), took down Reef Market, a dark web marketplace.');
    expect(rel(x, 'targeted')).toEqual(expect.arrayContaining([expect.stringMatching(/^Federal Criminal Police Office > Reef Market$/), expect.stringMatching(/^Central Office for Combating Internet Crime > Reef Market$/)]));
  });
  test('nationality: "X, 24, is a Taiwanese national", "Y, 47, of Great Britain," (a country; not a town)', () => {
    expect(rel(run('Rui Lin, 24, is a Taiwanese national.'), 'nationality')).toEqual(['Rui Lin > Taiwan']);
    expect(rel(run('Paul Nicholls, 47, of Great Britain, was convicted.'), 'nationality')).toEqual(['Paul Nicholls > United Kingdom']);
    expect(rel(run('Paul Nicholls, 47, of Leeds, was convicted.'), 'nationality')).toEqual([]);
  });
});

describe('courts', () => {
  test('a court is a justice body; "sentenced at X Crown Court", "given sentences at …" and "the X Court found Y guilty" are chargedBy the court', () => {
    expect(rel(run('Tom Webb, 24, was sentenced at Liverpool Crown Court to five years.'), 'chargedBy')).toEqual(['Tom Webb > Liverpool Crown Court']);
    expect(rel(run('Ryan Moore, 31, and Sean Hale, 29, were both given seven-year sentences at Belfast Crown Court.'), 'chargedBy')).toEqual(['Ryan Moore > Belfast Crown Court', 'Sean Hale > Belfast Crown Court']);
    expect(rel(run('The Leipzig Regional Court found Maximilian Schmidt guilty of drug trafficking.'), 'chargedBy')).toEqual(['Maximilian Schmidt > Leipzig Regional Court']);
  });
  test('a court named without a verdict charges nobody', () => {
    expect(rel(run('Dan Cole, 40, appeared at Westminster Magistrates\' Court on Monday.'), 'chargedBy')).toEqual([]);
  });
  test('"the Civil Police of A and of B" are two bodies', () => {
    const x = run('The operation was carried out with the Civil Police of São Paulo and of Mato Grosso.');
    expect(x.entities.filter((e) => e.type === 'Agency').map((e) => e.label).sort()).toEqual(['Civil Police of Mato Grosso', 'Civil Police of São Paulo']);
  });
});

describe('who sells', () => {
  test('"… was Reef Market, the marketplace that sold mainly drugs (A, B)": the market nearest before the verb', () => {
    const x = run('Dark web markets were one of Coinmix\'s biggest sources of funds, and the largest was Reef Market, the marketplace that sold mainly drugs (cocaine and heroin among them).');
    expect(rel(x, 'sold')).toEqual(['Reef Market > cocaine', 'Reef Market > heroin']);
  });
  test('not generic "marketplaces selling drugs", nor "those markets" after a named site', () => {
    expect(rel(run('Reef Portal was a dark web website that guided users to marketplaces selling cocaine and heroin.'), 'sold')).toEqual([]);
    expect(rel(run('Reef Portal was a dark web website that guided users to other sites. Much of what was sold on those markets was cocaine and heroin.'), 'sold')).toEqual([]);
  });
  test('a vendor group named with "titled" is a group', () => {
    const x = run('He ran a drug trafficking organization titled "Maple1" on the dark web marketplace Reef Market.');
    expect(x.entities.filter((e) => e.type === 'CriminalGroup').map((e) => e.label)).toEqual(['Maple1']);
  });
});

describe('co-ordinating the work of others', () => {
  test('"Europol, the EU\'s police agency, coordinated the work of investigators in eight countries": took part', () => {
    const x = run('Police in nine countries arrested 288 people in Operation Kestrel. Europol, the European Union\'s police agency, coordinated the work of investigators in eight other countries.');
    expect(rel(x, 'participatedIn')).toEqual(['Europol > Kestrel']);
  });
});

describe('takedowns attributed by "by"', () => {
  test('"after the takedowns of A and B by the FBI and of C by the Dutch police": each agency targeted its markets', () => {
    const x = run('Police shut Orca Market, a dark web marketplace, in 2019, after the takedowns of Reef Market and Tide Market by the FBI and of Kelp Market by the Dutch police.');
    expect(rel(x, 'targeted')).toEqual(expect.arrayContaining(['Federal Bureau of Investigation > Reef Market', 'Federal Bureau of Investigation > Tide Market', 'Netherlands Police > Kelp Market']));
    expect(rel(x, 'targeted')).not.toContain('Federal Bureau of Investigation > Kelp Market');
  });
  test('a quote before "the head of X, Name, said" does not hide the title', () => {
    expect(rel(run('"We work together," the head of EC3, Anna Lind, said.'), 'worksFor')).toEqual(['Anna Lind > European Cybercrime Centre']);
  });
});

describe('offices and forces named by their town', () => {
  test('"the public prosecutor\'s office in Brescia" is a body; "Brescia prosecutor X" and "Brescia\'s chief prosecutor Y" work for it', () => {
    const x = run('The case was run under the direction of the public prosecutor\'s office in Brescia. Brescia prosecutor Erica Bassi told reporters it was big. Brescia\'s chief prosecutor Carlo Neri called it a success.');
    expect(x.entities.filter((e) => e.type === 'Agency').map((e) => e.label)).toEqual(['Public Prosecutor\'s Office in Brescia']);
    expect(rel(x, 'worksFor')).toEqual(['Carlo Neri > Public Prosecutor\'s Office in Brescia', 'Erica Bassi > Public Prosecutor\'s Office in Brescia']);
  });
  test('"Leipzig police president X" works for the Leipzig police body the article names; not for a prosecutor\'s office', () => {
    const x = run('Officers of the Leipzig Police Directorate searched it. The Leipzig public prosecutor\'s office charged him. Leipzig police president Bernd Kurz said so.');
    expect(rel(x, 'worksFor')).toEqual(['Bernd Kurz > Leipzig Police Directorate']);
  });
});

describe('people referred to again', () => {
  test('"the Regional Court in Brno sentenced him" with nobody named in the sentence: the person named last', () => {
    const x = run('Lark Market was a dark web market. Tomas Novak, 38, was detained in Brno. In 2017 the Regional Court in Brno sentenced him to nine years in prison.');
    expect(rel(x, 'chargedBy')).toEqual(['Tomas Novak > Regional Court in Brno']);
  });
  test('"the 20-year-old ran the online shop X": the person named last ran it', () => {
    const x = run('Lark Shop was a dark web shop. Police arrested Maximilian Schmidt in Leipzig. For fourteen months, the 20-year-old ran the online shop "Lark Shop".');
    expect(rel(x, 'operated')).toEqual(['Maximilian Schmidt > Lark Shop']);
  });
  test('"the court found Maximilian S. guilty": an initial in the name', () => {
    expect(rel(run('The Leipzig Regional Court found Maximilian S. guilty of drug trafficking.'), 'chargedBy')).toEqual(['Maximilian S > Leipzig Regional Court']);
  });
});

describe('a court that opens the sentence', () => {
  test('"At Wolverhampton Crown Court, Jordan Pitts, 25, was convicted …": chargedBy the court', () => {
    expect(rel(run('On Friday, at Wolverhampton Crown Court, Jordan Pitts, 25, was convicted of all the charges he faced.'), 'chargedBy')).toEqual(['Jordan Pitts > Wolverhampton Crown Court']);
  });
});

describe('a ministry\'s release', () => {
  test('"The operation was coordinated with Europol" in a Justice Department release: Europol took part, the department is no partner', () => {
    const x = run('The Department of Justice announced the results of Operation Kestrel, a dark web action. The operation was coordinated with Europol.');
    expect(rel(x, 'participatedIn')).toContain('Europol > Kestrel');
    expect(rel(x, 'cooperatedWith')).toEqual([]);
  });
});

describe('"it" and forces', () => {
  test('"When Reef Market went live, … he ran it": operated', () => {
    expect(rel(run('Tom Wade, 24, was jailed in Leeds. When Reef Market went live on the dark web, he was one of its moderators, and for a time he ran it.'), 'operated')).toEqual(['Tom Wade > Reef Market']);
  });
  test('"X was taken into custody on June 29" in an article about one police force: that force arrested X', () => {
    const x = run('The Kerala Police dismantled a dark web drug ring. The accused, Edison Babu, a native of Aluva, was taken into custody on June 29.');
    expect(rel(x, 'arrestedBy')).toEqual(['Edison Babu > Kerala Police']);
  });
});

describe('abbreviated ranks', () => {
  test('"said Cpl. Jesse Bell" is one sentence, and a corporal works for the article\'s one force', () => {
    const x = run('Kelowna RCMP said the drugs came by mail. "It was big," said Cpl. Jesse Bell, a spokesperson for the detachment.');
    expect(rel(x, 'worksFor')).toEqual(['Jesse Bell > Kelowna RCMP']);
  });
});

describe('European commissioners', () => {
  test('"X, European Commissioner for Migration, said … the European Commission …": works for the Commission', () => {
    expect(rel(run('Dimitris Avramopoulos, European Commissioner for Migration, said the European Commission would keep supporting such investigations.'), 'worksFor')).toEqual(['Dimitris Avramopoulos > European Commission']);
  });
});

describe('relative clauses, and suspects named with an age', () => {
  test('"the ZAC NRW, which is based at the Cologne public prosecutor\'s office": partOf', () => {
    const x = run('The Düsseldorf Police Headquarters ran the case under the direction of the ZAC NRW, which is based at the Cologne public prosecutor\'s office.');
    expect(rel(x, 'partOf')).toEqual([expect.stringMatching(/^Cybercrime Central and Contact Point of North Rhine-Westphalia > Cologne Public Prosecutor's Office$/)]);
  });
  test('"Michael Phan, 34, …" then "The case is being prosecuted by …": charged', () => {
    const x = run('Reef Portal was a dark web site. Michael Phan, 34, lives in Israel. The case is being prosecuted by the U.S. Attorney\'s Office for the Western District of Pennsylvania.');
    expect(rel(x, 'chargedBy')).toEqual([expect.stringMatching(/^Michael Phan > .*Western District of Pennsylvania/)]);
  });
});

describe('officials who comment', () => {
  test('a European commissioner or a justice minister who comments on an operation does not make their body take part', () => {
    const x = run('Police in five countries shut down Reef Market, a dark web marketplace, in Operation Kestrel. Dimitris Avramopoulos, European Commissioner for Migration, said the European Commission would keep supporting such work.');
    expect(rel(x, 'participatedIn').filter((r) => r.startsWith('European Commission'))).toEqual([]);
    expect(rel(x, 'worksFor')).toEqual(['Dimitris Avramopoulos > European Commission']);
  });
});

describe('session 4: people initialled, lists with home towns, titles before names, teams, working together', () => {
  test('"Given S." is a person when the given name is known, and in a list after one; home towns between listed people', () => {
    const x = run([
      'The darknet shop Blue Lantern was run from a flat in Germany.',
      'The defendants – Markus B. from Bad Oeynhausen, Stefanie R. from the district of Lippe in North Rhine-Westphalia and Quirin L. from Minden – were convicted by the Bielefeld Regional Court of drug trafficking.',
      'According to the prosecutors, Markus B., Stefanie R. and Quirin L. built up and ran Blue Lantern Market together from 2019.',
    ].join('\n'));
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.label).sort()).toEqual(['Markus B', 'Quirin L', 'Stefanie R']);
    expect(rel(x, 'chargedBy')).toEqual(['Markus B > Bielefeld Regional Court', 'Quirin L > Bielefeld Regional Court', 'Stefanie R > Bielefeld Regional Court']);
    expect(rel(x, 'operated')).toEqual(['Markus B > Blue Lantern', 'Quirin L > Blue Lantern', 'Stefanie R > Blue Lantern']);
    // an initial with no known given name and no list before it is no person
    const y = run('The report was written by Qzx B. and published on Monday.');
    expect(y.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
  test('an agency, its acronym in brackets (or a place), then a title: the person works for that agency; a shared title names none', () => {
    const x = run([
      'BOSTON — Federal Bureau of Investigation (FBI) Boston Special Agent in Charge Dana Whitcombe, U.S. Attorney for the District of Massachusetts Roland T. Pike and U.S. Drug Enforcement Administration (DEA) Special Agent in Charge Wendell Ashford announced the charges.',
      '"The dark web is not dark to us," said Whitcombe.',
    ].join('\n'));
    expect(rel(x, 'worksFor')).toEqual(expect.arrayContaining(['Dana Whitcombe > Federal Bureau of Investigation', 'Wendell Ashford > Drug Enforcement Administration']));
    expect(rel(x, 'worksFor').filter((r) => r.startsWith('Roland T. Pike'))).toEqual([expect.stringMatching(/Attorney's Office for the District of Massachusetts/)]);
    expect(rel(x, 'worksFor').filter((r) => r.startsWith('Dana Whitcombe'))).toEqual(['Dana Whitcombe > Federal Bureau of Investigation']);
    expect(x.entities.some((e) => /^for the District/.test(e.label))).toBe(false);
  });
  test('"A is the principal investigative arm of B", "X, a team of officers from A and B": partOf; their parents are no partners', () => {
    const x = run([
      'The Serious Crime Taskforce, a team of officers from the National Crime Agency (NCA) and the Metropolitan Police, investigated the case.',
      'HSI is the principal investigative arm of the U.S. Department of Homeland Security.',
    ].join('\n'));
    expect(rel(x, 'partOf')).toEqual(expect.arrayContaining(['Homeland Security Investigations > United States Department of Homeland Security', 'Serious Crime Taskforce > Metropolitan Police Service', 'Serious Crime Taskforce > National Crime Agency']));
    expect(rel(x, 'cooperatedWith')).toEqual([]);
  });
  test('"A and B will continue to work together": co-operation without a partner after the verb', () => {
    const x = run('The NCA and Police Scotland will continue to work together against online drug dealers.');
    expect(rel(x, 'cooperatedWith')).toEqual(['National Crime Agency > Police Scotland']);
    const y = run('The NCA said officers worked together on the case.');
    expect(rel(y, 'cooperatedWith')).toEqual([]);
  });
  test('"Partnership" makes an agency only with a law-enforcement word ("Organised Crime Partnership", not "Retail Partnership")', () => {
    const x = run('The Organised Crime Partnership arrested two men, the Retail Partnership said.');
    expect(x.entities.filter((e) => e.type === 'Agency').map((e) => e.label)).toEqual(['Organised Crime Partnership']);
  });
  test('"the" alone does not join two names: "For the takedown of X Market the BKA and the ZIT worked with …"', () => {
    const x = run('Dark web markets are under pressure. For the takedown of Nightjar Market the BKA and the ZIT worked closely with the FBI.');
    expect(x.entities.map((e) => e.label)).toEqual(expect.arrayContaining(['Nightjar Market', 'Federal Criminal Police Office']));
    expect(rel(x, 'cooperatedWith')).toEqual(expect.arrayContaining(['Federal Criminal Police Office > Federal Bureau of Investigation']));
  });
});

describe('session 4: bodies in lower case, generic names, lists of people, groups', () => {
  test('"the Rostock prosecutors", "the Aargau cantonal police", "Leipzig police" are agencies; "Newtown Police Station" and a state\'s "police" are not', () => {
    const x = run('The Rostock prosecutors had conducted the investigation together with the Federal Criminal Police Office. The account was seized by the Aargau cantonal police on behalf of the public prosecutor. Leipzig police arrested two men. He was taken to Newtown Police Station. Bavaria police said nothing.');
    const agencies = x.entities.filter((e) => e.type === 'Agency').map((e) => e.label).sort();
    expect(agencies).toEqual(['Aargau Cantonal Police', 'Federal Criminal Police Office', 'Leipzig Police', "Rostock Public Prosecutor's Office"]);
    expect(rel(x, 'cooperatedWith')).toEqual(["Federal Criminal Police Office > Rostock Public Prosecutor's Office"]);
  });
  test('a body named in lower case, or by its generic name, is the article\'s agency of that place or full name', () => {
    const x = run([
      'The Provincial Police Headquarters in Gdańsk and the Regional Prosecutor\'s Office in Gdańsk ran the case.',
      'Gdańsk police said the suspects sold drugs on the dark web.',
      'The U.S. Attorney\'s Office for the District of Vermont charged one of them; the U.S. Attorney\'s Office said more charges may follow.',
    ].join('\n'));
    const labels = x.entities.filter((e) => e.type === 'Agency').map((e) => e.label).sort();
    expect(labels).not.toContain('Gdańsk Police');
    expect(labels.filter((l) => /Attorney's Office/.test(l))).toHaveLength(1);
  });
  test('"on behalf of" is co-operation, except between a unit and the body it belongs to', () => {
    const x = run('The account was seized by Europol on behalf of the Spanish National Police.');
    expect(rel(x, 'cooperatedWith')).toEqual(['Europol > Spanish National Police']);
    const y = run('The European Cybercrime Centre acted on behalf of Europol.');
    expect(rel(y, 'cooperatedWith')).toEqual([]);
  });
  test('"A B, C D and E F were sentenced at X Crown Court": every listed name is a person charged by the court', () => {
    const x = run('Colin Hartley, Robert Fenwick and Toby Quarrie were sentenced at Lewes Crown Court on Thursday.');
    expect(rel(x, 'chargedBy')).toEqual(['Colin Hartley > Lewes Crown Court', 'Robert Fenwick > Lewes Crown Court', 'Toby Quarrie > Lewes Crown Court']);
  });
  test('"the X group" in a dark-web article is a criminal group that may sell on a market', () => {
    const x = run('Dark web markets are busy. Since 2018 the Silver Kettle group also sold its drugs through Wall Street Market.');
    expect(rel(x, 'vendorOn')).toEqual(['Silver Kettle Group > Wall Street Market']);
    const y = run('The Axel Holdings group reported higher profits this year.');
    expect(y.entities.filter((e) => e.type === 'CriminalGroup')).toEqual([]);
  });
});

describe('session 4: roles in lower case, "its" after "says", "they" are people', () => {
  test('", senior director of the X Unit at Company": the employer after "at"; ", regional head of investigations at the NCA"', () => {
    const x = run('"We welcome it," said Dana Kowalczyk, senior director of the Threat Research Unit at Bitdefender. "It was hard," said Gerry Rourke, regional head of investigations at the NCA.');
    expect(rel(x, 'worksFor')).toEqual(['Dana Kowalczyk > Bitdefender', 'Gerry Rourke > National Crime Agency']);
  });
  test('"says police attorney Richard Holm of Kripos": a person after a role noun in lower case, the body after "of"', () => {
    const x = run('The men were jailed in 2017, says police attorney Richard Holm of Kripos.');
    expect(rel(x, 'worksFor')).toEqual(['Richard Holm > Kripos']);
  });
  test('"cantonal police spokesman Bernhard Vogel" works for the article\'s only police force', () => {
    const x = run('The Zug cantonal police seized the account. The three men are Swiss, cantonal police spokesman Bernhard Vogel told the news agency.');
    expect(rel(x, 'worksFor')).toEqual(['Bernhard Vogel > Zug Cantonal Police']);
  });
  test('"… says its European Cybercrime Centre coordinated …": "its" is the sayer\'s, not the agency named last', () => {
    const x = run("Europol's own release names the Lithuanian Criminal Police Bureau as a partner, and says its European Cybercrime Centre coordinated the activity.");
    expect(rel(x, 'partOf')).toEqual(['European Cybercrime Centre > Europol']);
  });
  test('"they … sold cannabis" after a sentence on a market: the people sold it, not the market', () => {
    const x = run('The five men ran shops on Silk Road. Using camouflage, they have since 2012 sold cannabis and cocaine to hundreds of buyers.');
    expect(rel(x, 'sold')).toEqual([]);
    const y = run('Silk Road was a dark web market. It sold cannabis and cocaine to hundreds of buyers.');
    expect(rel(y, 'sold')).toEqual(['Silk Road > cannabis', 'Silk Road > cocaine']);
  });
  test('"A British organised crime group" is a description, not a named group', () => {
    const x = run('A British organised crime group selling MDMA on the dark web has been dismantled by the NCA.');
    expect(x.entities.filter((e) => e.type === 'CriminalGroup')).toEqual([]);
  });
});

describe('session 4: references back to people and markets named before', () => {
  test('"A, B and C ran the business. The three were arrested by X": the three people named in the sentence before', () => {
    const x = run('Brian Okafor, 29, ran the business with his partner Katie Walsh, 26, and his brother-in-law Lee Danton, 47. The three were arrested by West Midlands Police officers in August 2019.');
    expect(rel(x, 'arrestedBy')).toEqual(['Brian Okafor > West Midlands Police', 'Katie Walsh > West Midlands Police', 'Lee Danton > West Midlands Police']);
    // two people named before "the three": nobody is arrested by the rule
    const y = run('Brian Okafor, 29, ran the business with his partner Katie Walsh, 26. The three were arrested by West Midlands Police officers.');
    expect(rel(y, 'arrestedBy')).toEqual([]);
  });
  test('"Jonathan Keller, of the CPS, said:" is a person working for the CPS', () => {
    const x = run('Jonathan Keller, of the CPS, said: "This was fraud on an industrial scale."');
    expect(rel(x, 'worksFor')).toEqual(['Jonathan Keller > Crown Prosecution Service']);
  });
  test('a market whose name needs context is read again later in the article without it ("Hydra\'s server infrastructure")', () => {
    const x = run('Hydra was the largest darknet market in Russia. In April 2022 the BKA shut down Hydra\'s infrastructure in Germany.');
    expect(x.entities.filter((e) => e.type === 'Marketplace').map((e) => e.label)).toEqual(['Hydra Market']);
    expect(rel(x, 'targeted').some((r) => r.endsWith('> Hydra Market'))).toBe(true);
  });
});

describe('session 4: town titles, honorifics, prosecutors', () => {
  test('"Düsseldorf Police President X" works for the article\'s Düsseldorf police body, not for a body the bare title fits', () => {
    const x = run('The raids were led by the Essen Police Headquarters. "A success," said Essen Police President Marta Kühn. The North Rhine-Westphalia State Criminal Police Office helped.');
    expect(rel(x, 'worksFor')).toEqual(['Marta Kühn > Essen Police Headquarters']);
  });
  test('"public prosecutor Dr. Jan Vogt of the X": an honorific makes a person; a quoted handle "Dr. Feel Good" does not', () => {
    const x = run('"We will continue," said public prosecutor Dr. Jan Vogt of the Cybercrime Central and Contact Point of North Rhine-Westphalia (ZAC NRW).');
    expect(rel(x, 'worksFor')).toEqual(['Jan Vogt > Cybercrime Central and Contact Point of North Rhine-Westphalia']);
    const y = run('The darknet vendor account was called "Dr. Feel Good".');
    expect(y.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
  test('"Senior public prosecutor X described the case": the article\'s prosecuting office; "X, head of the Leipzig criminal police"', () => {
    const x = run("According to the indictment of the Leipzig public prosecutor's office, he traded drugs. Senior public prosecutor Ricardo Haas described the case in court.");
    expect(rel(x, 'worksFor')).toEqual(["Ricardo Haas > Leipzig Public Prosecutor's Office"]);
    const y = run('The Leipzig Police Directorate arrested him. "It was big," said Petra Kleinert, head of the Leipzig criminal police.');
    expect(rel(y, 'worksFor')).toEqual(['Petra Kleinert > Leipzig Police Directorate']);
  });
});

describe('session 4: families, appositions, home titles', () => {
  test('"the Monsons sold … on Dream Market": every person of the article with that surname', () => {
    const x = run('Jabari Tolland, 30, and his wife Suadia Tolland, 28, were charged. Between July 2018 and January 2019 the Tollands sold cocaine through several vendor accounts on Dream Market.');
    expect(rel(x, 'vendorOn')).toEqual(['Jabari Tolland > Dream Market', 'Suadia Tolland > Dream Market']);
  });
  test('"His wife, Suadia Tolland, pleaded guilty": a person of her own, not the husband by the surname', () => {
    const x = run("The U.S. Attorney's Office for the Eastern District of California said Jabari Tolland was sentenced. His wife, Suadia Tolland, pleaded guilty to a Travel Act violation.");
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.label).sort()).toEqual(['Jabari Tolland', 'Suadia Tolland']);
    expect(rel(x, 'chargedBy')).toEqual([expect.stringMatching(/^Jabari Tolland > U\.S\. Attorney's Office/), expect.stringMatching(/^Suadia Tolland > U\.S\. Attorney's Office/)]);
  });
  test('"Customs Investigations Manager Mark Dale" in an article from a customs service works for it', () => {
    const x = run('New Zealand Customs Service seized parcels. Customs Investigations Manager Mark Dale said the parcels came from Europe.');
    expect(rel(x, 'worksFor')).toEqual(['Mark Dale > New Zealand Customs Service']);
  });
});

describe('session 4: judges, analysts, arrests without an agency', () => {
  test('"Presiding judge X said" works for the article\'s only court; with two courts, for neither', () => {
    const x = run('The Trier Regional Court convicted eight people. Presiding judge Günther Kessler said the chamber was convinced.');
    expect(rel(x, 'worksFor')).toEqual(['Günther Kessler > Trier Regional Court']);
    const y = run('The Trier Regional Court and the Koblenz Higher Regional Court heard the case. Presiding judge Günther Kessler said little.');
    expect(rel(y, 'worksFor')).toEqual([]);
  });
  test('"chief scientist and co-founder of Elliptic": an organisation whose name is a word, after a role at it', () => {
    const x = run('"Crypto is traceable," said Tom Robbins, chief scientist and co-founder of Elliptic.');
    expect(rel(x, 'worksFor')).toEqual(['Tom Robbins > Elliptic']);
  });
  test('"X has also been arrested" with no agency in the sentence: the article\'s force', () => {
    const x = run('The Narcotics Control Bureau (NCB) has dismantled a darknet network, arresting an engineer. A second man, Arun Mathew, who allegedly helped him, has also been arrested.');
    expect(rel(x, 'arrestedBy')).toEqual(['Arun Mathew > Narcotics Control Bureau']);
  });
});

describe('session 4: a market\'s role after the name', () => {
  test('"X, the site\'s founder and operator", "Y, Nightshade\'s administrator", "Nightshade\'s founder and principal administrator, Z"', () => {
    const x = run("Nightshade Market was a dark web market. Ross Hanley, the site's founder and operator, was jailed.");
    expect(rel(x, 'operated')).toEqual(['Ross Hanley > Nightshade Market']);
    const y = run("The dark web market went dark. Nightshade Market's founder and principal administrator, Alex Carrow, a Canadian citizen, was arrested.");
    expect(rel(y, 'operated')).toEqual(['Alex Carrow > Nightshade Market']);
    const z = run("Nightshade Market was a dark web market. Ross Hanley, the site's most active buyer, was jailed.");
    expect(rel(z, 'operated')).toEqual([]);
  });
});

describe('session 5: relative clauses, appositions and lists of people', () => {
  test('"an investigation by A and B, which received assistance from C and D": A and B co-operated with C and D', () => {
    const x = run('The closure of Larkspur Market followed an investigation by the FBI and the Drug Enforcement Administration (DEA), which received considerable assistance from the Garda Síochána and Europol.');
    expect(rel(x, 'cooperatedWith')).toEqual(expect.arrayContaining([
      'Drug Enforcement Administration > Europol', 'Drug Enforcement Administration > An Garda Síochána', 'Europol > Federal Bureau of Investigation', 'Federal Bureau of Investigation > An Garda Síochána',
    ]));
    // a relative clause on a person is not about the agencies before him
    const y = run('Europol said the FBI arrested Wendell Orcutt, who had help from Dorian Vance in running the shop.');
    expect(rel(y, 'cooperatedWith')).toEqual([]);
  });
  test('"carried out by A, which worked closely with B": the agency of the relative clause co-operated with B', () => {
    const x = run('The inquiry was carried out by the Kent Police, which worked closely with the Guardia Civil.');
    expect(rel(x, 'cooperatedWith')).toEqual(['Guardia Civil > Kent Police']);
  });
  test('"A, a specialised service of B" is a unit of B, not a second lead of the operation', () => {
    const x = run('Operation Quillfeather was carried out by the Harbour and Border Police, a specialised service of the Garda Síochána.');
    expect(rel(x, 'partOf')).toEqual(['Harbour and Border Police > An Garda Síochána']);
    expect(rel(x, 'ledBy')).toEqual(['Quillfeather > Harbour and Border Police']);
  });
  test('"the X, the specialised cybercrime unit of Y" after an agency: Y is the unit\'s parent, not a partner', () => {
    const x = run('The case is handled by the Guardia Civil under the direction of the Europol, the specialised coordination unit of the European Union Agency for Law Enforcement Cooperation.');
    expect(rel(x, 'cooperatedWith').some((r) => r.includes('European Union Agency'))).toBe(false);
  });
});

describe('session 5: a place in a larger one', () => {
  test('"Kleve in North Rhine-Westphalia", "Lelystad, in the Netherlands": the smaller place is in the larger', () => {
    const x = run('Officers searched a flat in Kleve in North Rhine-Westphalia. The second suspect lives in Lelystad, in the Netherlands.');
    expect(rel(x, 'locatedIn')).toEqual(['Kleve > North Rhine-Westphalia', 'Lelystad > Netherlands']);
  });
  test('no nesting for places of one rank, of two countries, or an address written with a comma', () => {
    const x = run('The parcels went from Rotterdam in Texas to buyers in Spain in 2019. Officers searched a house in Greenbelt, Maryland.');
    expect(rel(x, 'locatedIn')).toEqual([]);
    const y = run('Couriers drove from Munich in Hamburg to Dresden.');
    expect(rel(y, 'locatedIn')).toEqual([]);
  });
});

describe('session 5: names side by side', () => {
  test('"RCMP Federal Serious Crime (FSC) Cyber Operations Group launched …": a chain of units, not partners', () => {
    const x = run('RCMP Federal Serious Crime (FSC) Cyber Operations Group launched an undercover investigation into a dark web vendor.');
    expect(rel(x, 'partOf')).toEqual(['Cyber Operations Group > Federal Serious Crime', 'Federal Serious Crime > Royal Canadian Mounted Police']);
    expect(rel(x, 'cooperatedWith')).toEqual([]);
    // a list is still a list
    const y = run('The FBI, the DEA and Europol took down the site.');
    expect(rel(y, 'cooperatedWith')).toHaveLength(3);
  });
});

describe('session 5: people in court reports', () => {
  test('"A, 28, of X, Y, and his university friend B, 30, were jailed at Z Crown Court": both', () => {
    const x = run('Callum Pryor, 28, of Hexham, Northumberland, and his university friend Jamal Osei, 30, of Gateshead, were jailed at Newcastle Crown Court on Friday.');
    expect(rel(x, 'chargedBy')).toEqual(['Callum Pryor > Newcastle Crown Court', 'Jamal Osei > Newcastle Crown Court']);
  });
  test('"A, who\'s 31 and from X, and B, who\'s 29, from Y, were both given sentences at Z Crown Court": both', () => {
    const x = run("Declan Thomas Rourke, who's 31 and from Ava Street in Belfast, and Sean Milligan, who's 29, from Manse Road in Newry, were both given seven-year sentences at Belfast Crown Court.");
    expect(rel(x, 'chargedBy')).toEqual(['Declan Thomas Rourke > Belfast Crown Court', 'Sean Milligan > Belfast Crown Court']);
  });
  test('"A and B, both New Zealand nationals": each of them; "Steen X\'s home" names a person', () => {
    const x = run('Detectives searched Steen Harcourt\'s home in 2017. Harcourt and Wei Chen, both New Zealand nationals, face deportation.');
    expect(rel(x, 'nationality')).toEqual(['Steen Harcourt > New Zealand', 'Wei Chen > New Zealand']);
    const y = run('John Marsh, Tim Rowe and Dorian Vance, all Dutch citizens, were charged.');
    expect(rel(y, 'nationality')).toEqual(['Dorian Vance > Netherlands', 'John Marsh > Netherlands', 'Tim Rowe > Netherlands']);
    // a body's possessive is not a person's
    const z = run("Officers raided Kent Police's home office.");
    expect(z.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});

describe('session 5: titles with a place or a region', () => {
  test('"ABF Queensland Regional Commander X": the agency before the place and the title', () => {
    const x = run('The Australian Border Force (ABF) seized the drugs. ABF Queensland Regional Commander Terry Walsh said the haul was large.');
    expect(rel(x, 'worksFor')).toEqual(['Terry Walsh > Australian Border Force']);
  });
  test('"NCB Deputy Director General (Northern Region) X": a title\'s region in brackets before the name', () => {
    const x = run('The Narcotics Control Bureau (NCB) arrested him. NCB Deputy Director General (Northern Region) Gyaneshwar Rathore told a press conference here.');
    expect(rel(x, 'worksFor')).toEqual(['Gyaneshwar Rathore > Narcotics Control Bureau']);
    // brackets that are no title's do not make a name a person's
    const y = run('The NCB (Northern Region) Gyaneshwar Rathore Road office was closed.');
    expect(y.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});

describe('session 5: units named with an acronym', () => {
  test('"X Centre (XC), a unit of the Y Police": the bracketed acronym does not hide the apposition', () => {
    const x = run('Investigators of the National Centre for Combating Online Fraud (NCCOF), a unit of the Harbour and Border Police, took part.');
    expect(rel(x, 'partOf')).toEqual(['National Centre for Combating Online Fraud > Harbour and Border Police']);
  });
  test('"the OPP Organized Crime Enforcement Bureau": a known body\'s acronym, then a unit of it', () => {
    const x = run('The case was handled by the OPP Organized Crime Enforcement Bureau.');
    expect(rel(x, 'partOf')).toEqual(['OPP Organized Crime Enforcement Bureau > Ontario Provincial Police']);
    expect(rel(x, 'cooperatedWith')).toEqual([]);
  });
});

describe('session 5: units after a possessive, long brackets', () => {
  test('"the RCMP\'s Federal Serious Crime section": a unit of the RCMP, named without the noun', () => {
    const x = run("They were assisted by the RCMP's Federal Serious and Organized Crime section and the Canada Border Services Agency.");
    expect(rel(x, 'partOf')).toEqual(['RCMP Federal Serious and Organized Crime > Royal Canadian Mounted Police']);
    expect(x.entities.find((e) => e.label === 'RCMP Federal Serious and Organized Crime')!.altLabels).toEqual(expect.arrayContaining(['Federal Serious and Organized Crime section']));
    // a name with no agency word is no unit ("the FBI's Golden Gate office" is a place's)
    const y = run("The FBI's Golden Gate section met.");
    expect(rel(y, 'partOf')).toEqual([]);
  });
  test('"X (native name, ACR), a unit of the Y": a long bracket between the name and the apposition', () => {
    const x = run('The probe was run by the Central Office for Online Fraud (Zentralstelle für Betrug im Internet, ZFB), a unit of the Kassel Public Prosecutor\'s Office.');
    expect(rel(x, 'partOf')).toEqual(["Central Office for Online Fraud > Kassel Public Prosecutor's Office"]);
  });
});

describe('session 6: employers in titles, lists and appositions', () => {
  test('"U.S. Attorney X for the District of Y" is that office\'s, and so is "U.S. Attorney X" later, whatever other office assisted', () => {
    const x = run([
      '"Mixers launder money," said U.S. Attorney Janet Holloway for the District of Columbia.',
      'The U.S. Attorney\'s Office for the Northern District of Ohio provided assistance.',
      'U.S. Attorney Holloway made the announcement.',
    ].join('\n'));
    expect(rel(x, 'worksFor')).toEqual(["Janet Holloway > U.S. Attorney's Office for the District of Columbia"]);
  });
  test('"Assistant U.S. Attorneys A and B for the District of Y", "detectives A and B of the Z": each name of the list', () => {
    const x = run('Assistant U.S. Attorneys Dana Whitfield and Marcus Lowe for the District of Columbia prosecuted the case.');
    expect(rel(x, 'worksFor')).toEqual(["Dana Whitfield > U.S. Attorney's Office for the District of Columbia", "Marcus Lowe > U.S. Attorney's Office for the District of Columbia"]);
    const y = run('He was arrested by detectives Laura Finch and Peter Dunn of the Metropolitan Police.');
    expect(rel(y, 'worksFor')).toEqual(['Laura Finch > Metropolitan Police Service', 'Peter Dunn > Metropolitan Police Service']);
    expect(y.entities.filter((e) => e.type === 'Agency').map((e) => e.label)).toEqual(['Metropolitan Police Service']);
    // two names before "of" are no agency's name
    const z = run('Laura Finch and Peter Dunn of the Metropolitan Police spoke.');
    expect(z.entities.filter((e) => e.type === 'Agency').map((e) => e.label)).toEqual(['Metropolitan Police Service']);
  });
  test('", a former DEA agent", ", a 15-year veteran of the DEA", "a former Secret Service agent, X,", "was working as a manager at X"', () => {
    expect(rel(run('Martin Quayle, 46, a former DEA agent, pleaded guilty.'), 'worksFor')).toEqual(['Martin Quayle > Drug Enforcement Administration']);
    expect(rel(run('Martin Quayle, a 15-year veteran of the DEA, pleaded guilty.'), 'worksFor')).toEqual(['Martin Quayle > Drug Enforcement Administration']);
    expect(rel(run('A former U.S. Secret Service agent, Shane Rudd, was charged.'), 'worksFor')).toEqual(['Shane Rudd > United States Secret Service']);
    expect(rel(run('Martin Quayle, 40, was working as a senior manager at the Forensic Records Service.'), 'worksFor')).toEqual(['Martin Quayle > Forensic Records Service']);
    // a body the person dealt with is not the employer
    expect(rel(run('Martin Quayle, 46, a former DEA informant, pleaded guilty.'), 'worksFor')).toEqual([]);
    expect(rel(run('Martin Quayle, 46, was arrested by the DEA.'), 'worksFor')).toEqual([]);
  });
  test('"IRS-CI\'s Washington, D.C., Cyber Crimes Unit": a unit after a possessive and a place', () => {
    const x = run("IRS-CI's Washington, D.C., Cyber Crimes Unit investigated the case.");
    // (the unit is named with its place since session 10: another city's Cyber Crimes Unit is another unit)
    expect(rel(x, 'partOf')).toEqual(['IRS-CI Washington, D.C. Cyber Crimes Unit > IRS Criminal Investigation']);
  });
});

describe('session 6: nationality, markets and courts', () => {
  test('"Australian X", "Irishman A and American B", "a dual Russian-Swedish national"', () => {
    expect(rel(run('Australian Peter Quayle, who was arrested in Brisbane, was sentenced.'), 'nationality')).toEqual(['Peter Quayle > Australia']);
    const x = run('On the same day Irishman Gary Doyle and American Andrew Michael Stone were arrested.');
    expect(rel(x, 'nationality')).toEqual(['Andrew Michael Stone > United States', 'Gary Doyle > Ireland']);
    expect(rel(run('Roman Petrov, 36, a dual Russian-Swedish national, was sentenced.'), 'nationality')).toEqual(['Roman Petrov > Russia', 'Roman Petrov > Sweden']);
    // a demonym before a title is the office's, not a person's nationality
    expect(rel(run('Canadian Prime Minister Justin Trudeau said it was a good day.'), 'nationality')).toEqual([]);
  });
  test('"X was an administrator on M", "X sold … to customers around the country under the name N on M"', () => {
    expect(rel(run('Gary Doyle, 30, was an administrator on Silk Road under the name Libra.'), 'operated')).toEqual(['Gary Doyle > Silk Road']);
    expect(rel(run('Steven Rudd, 41, sold cocaine, heroin and methamphetamine to customers around the country under the name "Nod" on Silk Road.'), 'vendorOn')).toEqual(['Steven Rudd > Silk Road']);
    // a user is no operator
    expect(rel(run('Gary Doyle, 30, was a buyer on Silk Road.'), 'operated')).toEqual([]);
    // ("X, who fought extradition for five years, was an administrator on M": a relative clause between)
    expect(rel(run('Gary Doyle, who fought extradition for almost five years, was an administrator on Silk Road.'), 'operated')).toEqual(['Gary Doyle > Silk Road']);
  });
  test('"… before the FBI shut it down in 2013" (an earlier year): the agency targeted the market', () => {
    const x = run('Silk Road sold drugs to 100,000 buyers before the FBI shut it down in October 2013.\nThe case was decided in 2015.');
    expect(rel(x, 'targeted')).toEqual(['Federal Bureau of Investigation > Silk Road']);
  });
  test('"A and B were charged in a complaint filed in the X Court"; "arrested by gardaí"', () => {
    const x = run('Martin Quayle and Shane Rudd were charged in March in a criminal complaint filed in the U.S. District Court for the Northern District of California.');
    expect(rel(x, 'chargedBy')).toEqual(['Martin Quayle > U.S. District Court for the Northern District of California', 'Shane Rudd > U.S. District Court for the Northern District of California']);
    expect(rel(run('Gary Doyle was arrested at his home in Bray by gardaí acting on a US request.'), 'arrestedBy')).toEqual(['Gary Doyle > An Garda Síochána']);
  });
});

describe('session 6: lists of agents and people, vendors, units of one name', () => {
  test('"M was taken down by A, B and C in 2017": every agency of the list', () => {
    const x = run('The dark web market Tortuga Market itself was taken down by the FBI, the Drug Enforcement Administration and the Dutch National Police in July 2017.');
    expect(rel(x, 'targeted')).toEqual(['Drug Enforcement Administration > Tortuga Market', 'Federal Bureau of Investigation > Tortuga Market', 'Netherlands Police > Tortuga Market']);
  });
  test('"X was a vendor on M"; "A and B, the co-founders of M" (each); "A and B are both U.S. citizens"', () => {
    expect(rel(run('Chidi Okafor, 32, was a vendor on AlphaBay.'), 'vendorOn')).toEqual(['Chidi Okafor > AlphaBay']);
    expect(rel(run('Chidi Okafor, 32, was a buyer on AlphaBay.'), 'vendorOn')).toEqual([]);
    const x = run('John Miller and William Lonergan Hale, the co-founders of the bitcoin privacy wallet Samourai Wallet, were arrested.');
    expect(rel(x, 'operated')).toEqual(['John Miller > Samourai Wallet', 'William Lonergan Hale > Samourai Wallet']);
    const y = run('John Miller and William Hale were arrested. Miller and Hale are both U.S. citizens.');
    expect(rel(y, 'nationality')).toEqual(['John Miller > United States', 'William Hale > United States']);
  });
  test('"IRS-CI\'s New York Field Office" and "the FBI\'s New York Field Office" in one article are two units', () => {
    const x = run("Thomas Fattore, Special Agent in Charge of IRS Criminal Investigation's New York Field Office, and James Smithers, Assistant Director in Charge of the FBI's New York Field Office, announced the charges.");
    expect(rel(x, 'partOf')).toEqual(['FBI New York Field Office > Federal Bureau of Investigation', 'IRS-CI New York Field Office > IRS Criminal Investigation']);
    expect(rel(x, 'worksFor')).toEqual(['James Smithers > FBI New York Field Office', 'Thomas Fattore > IRS-CI New York Field Office']);
  });
});

describe('session 6: parents in possessive chains, kin with a demonym, districts, relative takedowns', () => {
  test('"X of the Justice Department\'s Criminal Division": the last body of the possessive chain is the parent', () => {
    const x = run('The case was brought with the Digital Assets Enforcement Team of the FBI\'s Criminal Investigative Division.');
    expect(rel(x, 'partOf')).toEqual(expect.arrayContaining(['Digital Assets Enforcement Team > FBI Criminal Investigative Division']));
    expect(rel(x, 'partOf')).not.toContain('Digital Assets Enforcement Team > Federal Bureau of Investigation');
  });
  test('"two Dutch brothers, A and B,": both people, both Dutch', () => {
    const x = run('Police arrested two Dutch brothers, Jan de Graaf and Piet de Graaf, in Utrecht.');
    expect(rel(x, 'nationality')).toEqual(['Jan de Graaf > Netherlands', 'Piet de Graaf > Netherlands']);
  });
  test('"A and B had been indicted in the Northern District of Ohio", "prosecutors in the Southern District of New York … charging A and B"', () => {
    const x = run('Prosecutors said John Miller, 30, and William Hale, 31, had been indicted in the Northern District of Ohio in 2018.');
    expect(rel(x, 'chargedBy')).toEqual(["John Miller > U.S. Attorney's Office for the Northern District of Ohio", "William Hale > U.S. Attorney's Office for the Northern District of Ohio"]);
    const y = run('In April federal prosecutors in the Southern District of New York unsealed an indictment charging John Miller and William Hale.');
    expect(rel(y, 'chargedBy')).toEqual(["John Miller > U.S. Attorney's Office for the Southern District of New York", "William Hale > U.S. Attorney's Office for the Southern District of New York"]);
    // a district named for something else charges nobody
    expect(rel(run('John Miller, 30, moved to the Northern District of Ohio in 2018.'), 'chargedBy')).toEqual([]);
  });
  test('"M1 and M2, both of which Finnish Customs has since closed", "M, which the FBI took down": the agency took them down', () => {
    const x = run('The trade took place on the illegal marketplaces Sipulimarket and Dream Market, both of which Finnish Customs has since closed.');
    expect(rel(x, 'targeted')).toEqual(['Finnish Customs > Dream Market', 'Finnish Customs > Sipulimarket']);
    expect(rel(run('He sold on AlphaBay, which the FBI took down in 2017.'), 'targeted')).toEqual(['Federal Bureau of Investigation > AlphaBay']);
    expect(rel(run('He sold on AlphaBay, which the FBI said was the largest market.'), 'targeted')).toEqual([]);
  });
});

describe('session 6: officials announcing together, vendor accounts, people as sellers', () => {
  test('"announced by A, the U.S. Attorney, together with B, Special Agent in Charge of X": no co-operation of their bodies', () => {
    const x = run("The charges were announced by Dana Whitfield, the United States Attorney for the Southern District of New York, together with Thomas Fattore, Special Agent in Charge of IRS Criminal Investigation's New York Field Office.");
    expect(rel(x, 'cooperatedWith')).toEqual([]);
    expect(rel(x, 'worksFor')).toHaveLength(2);
    // bodies named after "together with" still co-operate
    expect(rel(run('The FBI worked on the case together with the DEA.'), 'cooperatedWith')).toEqual(['Drug Enforcement Administration > Federal Bureau of Investigation']);
  });
  test('"A and B, both 35, had accounts on several dark web markets, including M1, M2 and M3": both people, each market', () => {
    const x = run('Matthew Rowe and Holly Rowe, both 35, were arrested in April. Matthew Rowe had accounts on several dark web markets, including Dream Market, Silk Road and AlphaBay, and completed 3,000 sales.');
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.label).sort()).toEqual(['Holly Rowe', 'Matthew Rowe']);
    expect(rel(x, 'vendorOn')).toEqual(['Matthew Rowe > AlphaBay', 'Matthew Rowe > Dream Market', 'Matthew Rowe > Silk Road']);
  });
  test('"the couple is accused of distributing heroin" after markets were named: the people sold it, not the market', () => {
    const x = run('They sold on Dream Market and AlphaBay.\nBesides fentanyl, the couple is accused of distributing heroin, cocaine and methamphetamine.');
    expect(rel(x, 'sold')).toEqual([]);
  });
});

describe('session 6: a takedown of "the website"', () => {
  test('"… when the FBI seized the website": the market named before is targeted', () => {
    const x = run('The darknet market Tortuga Market sold drugs worldwide. Last week the FBI seized the website and arrested its administrator.');
    expect(rel(x, 'targeted')).toEqual([expect.stringMatching(/ > Tortuga Market$/)]);
    expect(rel(x, 'participatedIn')).toEqual([expect.stringMatching(/^Federal Bureau of Investigation > /)]);
    // a seizure of something else is no takedown
    expect(rel(run('The darknet market Tortuga Market sold drugs worldwide. The FBI seized the drugs.'), 'targeted')).toEqual([]);
  });
});

describe('session 6: officials are not their office\'s suspects', () => {
  test('"A, the U.S. Attorney for X, announced that B was sentenced": B is charged by the office, A works for it', () => {
    const x = run('Dana Whitfield, the United States Attorney for the Southern District of New York, announced that CHUKWUEMEKA OKAFOR, a/k/a "Emeka," was sentenced today to 180 months in prison.');
    expect(rel(x, 'chargedBy')).toEqual(["Chukwuemeka Okafor > U.S. Attorney's Office for the Southern District of New York"]);
    expect(rel(x, 'worksFor')).toEqual(["Dana Whitfield > U.S. Attorney's Office for the Southern District of New York"]);
  });
});

describe('session 6: a prosecution service\'s spokesperson', () => {
  test('"Prosecution service spokesman X" works for the article\'s prosecutors', () => {
    const x = run('The Public Prosecution Service (OM) charged him. Prosecution service spokesman Wim de Vos said the case was complex.');
    expect(rel(x, 'worksFor')).toEqual(['Wim de Vos > Public Prosecution Service']);
    // a spokesman of another body is not theirs
    expect(rel(run('The Public Prosecution Service (OM) charged him. Police spokesman Wim de Vos said the case was complex.'), 'worksFor')).not.toContain('Wim de Vos > Public Prosecution Service');
  });
});

describe('session 7: charges read across descriptions and relative clauses', () => {
  test('"an indictment charging A, 46, a Latvian national living in Spain, and B, 40, …": both are charged', () => {
    const x = run('Federal prosecutors in the Eastern District of Virginia unsealed an indictment charging Andris Kalnins, 46, a Latvian national living in Spain, and Pavel Drozdov, 40, a Russian national living in Serbia, with money laundering conspiracy.');
    expect(rel(x, 'chargedBy')).toEqual(["Andris Kalnins > U.S. Attorney's Office for the Eastern District of Virginia", "Pavel Drozdov > U.S. Attorney's Office for the Eastern District of Virginia"]);
    // "A and the exchange's co-founder, B": B's role before B
    const y = run("Federal prosecutors in the Eastern District of Virginia unsealed an indictment charging Andris Kalnins and Coinvault's co-founder, Pavel Drozdov, with money laundering.");
    expect(rel(y, 'chargedBy')).toHaveLength(2);
    // a person named after the list's end, in another clause, is not charged
    const z = run('Federal prosecutors in the Eastern District of Virginia unsealed an indictment charging Andris Kalnins, 46, and said Pavel Drozdov helped them.');
    expect(rel(z, 'chargedBy')).toEqual(["Andris Kalnins > U.S. Attorney's Office for the Eastern District of Virginia"]);
  });
  test('"X pleaded guilty …, U.S. Attorney Y of the District of Z announced": the office Y works for charged X', () => {
    const x = run('Victor Halloran, 31, pleaded guilty to one count of possession with intent to distribute fentanyl analogues, Acting U.S. Attorney Leonard P. Coyle of the District of Connecticut announced.');
    expect(rel(x, 'chargedBy')).toEqual(["Victor Halloran > U.S. Attorney's Office for the District of Connecticut"]);
    // a defence lawyer announcing is no prosecutor
    expect(rel(run('Victor Halloran, 31, pleaded guilty to one count of possession, his lawyer Leonard P. Coyle announced.'), 'chargedBy')).toEqual([]);
  });
  test('"his co-defendants A and B, who were also sentenced at X Crown Court": the court sentenced both', () => {
    const x = run('Kendrick used a gym as cover and worked closely with his co-defendants Martin Ashby and Thomas Dunmore, who were also sentenced at Winchester Crown Court.');
    expect(rel(x, 'chargedBy')).toEqual(['Martin Ashby > Winchester Crown Court', 'Thomas Dunmore > Winchester Crown Court']);
  });
});

describe('session 7: more frames for nationality, vendors, operators, co-operation and the bench', () => {
  test('"X, a dual Israeli-US citizen": a half may be a country\'s short form', () => {
    const x = run('Amos Tal Gilboa was named. Gilboa, a dual Israeli-US citizen who lives in Florida, was arrested in Ukraine.');
    expect(rel(x, 'nationality')).toEqual(['Amos Tal Gilboa > Israel', 'Amos Tal Gilboa > United States']);
  });
  test('"X, the Indian national who …": a person, with a nationality', () => {
    const x = run('Harjeet Dhillon, the Indian national who ran a dark web drug-vending operation, was sentenced.');
    expect(rel(x, 'nationality')).toEqual(['Harjeet Dhillon > India']);
  });
  test('"X created vendor sites on dark web marketplaces including A, B and C": vendorOn each', () => {
    const x = run('Harjeet Dhillon, the Indian national, was sentenced. Dhillon created vendor sites on dark web marketplaces including Silk Road, AlphaBay and Hansa.');
    expect(rel(x, 'vendorOn')).toEqual(['Harjeet Dhillon > AlphaBay', 'Harjeet Dhillon > Hansa', 'Harjeet Dhillon > Silk Road']);
    // "sites" alone (not a vendor's) say nothing
    expect(rel(run('Harjeet Dhillon, the Indian national, was sentenced. Dhillon created sites on AlphaBay.'), 'vendorOn')).toEqual([]);
  });
  test('"M, whose operator, X, is awaiting trial": X operated M', () => {
    expect(rel(run('Silk Road, whose operator, Ross Ulbricht, is awaiting trial in New York, was shut down.'), 'operated')).toEqual(['Ross Ulbricht > Silk Road']);
    // a customer is no operator
    expect(rel(run('Silk Road, whose customer, Ross Ulbricht, is awaiting trial in New York, was shut down.'), 'operated')).toEqual([]);
  });
  test('"A, which investigated the case with B and C", "in a coordinated effort with B": co-operation', () => {
    expect(rel(run('The U.S. Postal Inspection Service, which investigated the case with the DEA and the Michigan State Police, said the pills were fake.'), 'cooperatedWith')).toEqual(['Drug Enforcement Administration > United States Postal Inspection Service', 'Michigan State Police > United States Postal Inspection Service']);
    expect(rel(run('The Kerala Police traced him in a coordinated effort with the Central Bureau of Investigation (CBI), officials said.'), 'cooperatedWith')).toHaveLength(1);
  });
  test('"investigated by A, which covers Ohio, together with B": A, before its relative clause, works with B; a court never does', () => {
    const x = run('Judge Mary Hale of the U.S. District Court for the Southern District of Ohio sentenced him. The case was investigated by the DEA\'s Detroit Field Division, which covers Ohio, together with the Columbus Division of Police.');
    expect(rel(x, 'cooperatedWith')).toEqual(['Columbus Division of Police > DEA Detroit Field Division']);
  });
  test('a judge named with the title is never charged: "… Judge X imposed the sentence … after Y pleaded guilty"', () => {
    const x = run('The U.S. Attorney\'s Office for the Southern District of Ohio prosecuted the case. Chief U.S. District Judge Algernon P. Marbury of the U.S. District Court for the Southern District of Ohio imposed the sentence, three months after Dhillon pleaded guilty.');
    expect(rel(x, 'chargedBy').filter((r) => r.startsWith('Algernon'))).toEqual([]);
  });
  test('"the Central Narcotics Brigade of the Central Drugs Unit, part of the Commissariat": a brigade is a unit', () => {
    const x = run('The operation was carried out by the Central Narcotics Brigade of the Central Drugs and Organised Crime Unit (UDYCO Central), part of the General Commissariat of Judicial Police.');
    expect(rel(x, 'partOf')).toEqual(['Central Drugs and Organised Crime Unit > General Commissariat of Judicial Police', 'Central Narcotics Brigade > Central Drugs and Organised Crime Unit']);
  });
});

describe('session 7: an arrest by a list of agencies; vendor sites on a list of markets', () => {
  test('"Officers of the **A** and the **B** arrested X": both arrested X; "After a tip from A, B arrested X": B only', () => {
    const x = run('Officers of the **Tokyo Metropolitan Police Department** and the **Fukuoka Prefectural Police** arrested Ayumu Tanabe, 38, on Wednesday.');
    expect(rel(x, 'arrestedBy')).toEqual(['Ayumu Tanabe > Fukuoka Prefectural Police', 'Ayumu Tanabe > Tokyo Metropolitan Police Department']);
    expect(rel(run('After a tip from the FBI, the Dutch National Police arrested Jan Smit.'), 'arrestedBy')).toEqual(['Jan Smit > Netherlands Police']);
  });
  test('"created vendor sites on dark web marketplaces including A and B": a vendor, not an operator', () => {
    const x = run('Harjeet Dhillon, the Indian national, was sentenced. Dhillon created vendor sites on dark web marketplaces including Silk Road and AlphaBay.');
    expect(rel(x, 'operated')).toEqual([]);
  });
});

describe('session 7: employers and partners in more frames', () => {
  test('"The commander of the Cybercrime Squad, Superintendent Matt Craft, said": the title between', () => {
    expect(rel(run('The commander of the Cybercrime Squad, Superintendent Matt Crane, praised the work.'), 'worksFor')).toEqual(['Matt Crane > Cybercrime Squad']);
  });
  test('"said Jari Liukku of Europol", "Jari Liukku of Europol said": an employer next to a speech verb', () => {
    expect(rel(run('"We will keep going," said Jari Lehtonen of Europol.'), 'worksFor')).toEqual(['Jari Lehtonen > Europol']);
    expect(rel(run('Jari Lehtonen of Europol said the case was big.'), 'worksFor')).toEqual(['Jari Lehtonen > Europol']);
    // no speech verb: "met X of Europol" says nothing of X's employer
    expect(rel(run('He met John Smith of Europol in 2019.'), 'worksFor')).toEqual([]);
  });
  test('"Manhattan District Attorney X": the article\'s Manhattan District Attorney\'s Office', () => {
    expect(rel(run("The Manhattan District Attorney's Office charged the pair. Manhattan District Attorney Cyrus R. Vane said the case was important."), 'worksFor')).toEqual(["Cyrus R. Vane > Manhattan District Attorney's Office"]);
  });
  test('"the investigation, dubbed Operation X, was carried out with A and B"; "A shared its leads with B"', () => {
    const x = run('VIENNA - Austria\'s Federal Criminal Police Office said it had broken up a group. The investigation, dubbed Operation Sandbank, was carried out with the U.S. Drug Enforcement Administration and Homeland Security Investigations.');
    expect(rel(x, 'participatedIn')).toEqual(expect.arrayContaining(['Drug Enforcement Administration > Sandbank', 'Homeland Security Investigations > Sandbank']));
    expect(rel(x, 'cooperatedWith')).toEqual(['Federal Criminal Police Office (Austria) > Drug Enforcement Administration', 'Federal Criminal Police Office (Austria) > Homeland Security Investigations']);
    // another body named before "which was carried out with": not the article's own body's partner
    const y = run('The RCMP said so. On Tuesday, the U.S. Department of Justice announced arrests in the operation, dubbed DisrupTor, which was carried out with Europol.');
    expect(rel(y, 'cooperatedWith')).not.toContain('Europol > Royal Canadian Mounted Police');
    expect(rel(run('The NCB shared its leads with Interpol and the US Drug Enforcement Administration.'), 'cooperatedWith')).toHaveLength(2);
  });
  test('"the Federal Criminal Police Office (Bundeskriminalamt, BK) of the Ministry": partOf across the brackets', () => {
    expect(rel(run('VIENNA - The Federal Criminal Police Office (Bundeskriminalamt, BK) of the Federal Ministry of the Interior has been investigating since July.'), 'partOf')).toHaveLength(1);
  });
  test('"the Anti-drug Section of the Organised Crime Investigation Group": a section is part of a group', () => {
    expect(rel(run('The raid was carried out by the Anti-drug Section of the Organised Crime Investigation Group (GICO).'), 'partOf')).toEqual(['Anti-drug Section > Organised Crime Investigation Group']);
  });
});

describe('session 7: a vendor named by what they ran, then "He was arrested by"', () => {
  test('"X ran a shop on the dark web marketplace": a person, a vendor on the market named before', () => {
    const x = run('A man from Dublin was jailed for selling MDMA on Umbrava Market. Judor Ionescko ran a shop on the dark web marketplace for almost two years, the court heard.');
    expect(rel(x, 'vendorOn')).toEqual(['Judor Ionescko > Umbrava Market']);
    expect(rel(x, 'operated')).toEqual([]);
  });
  test('"He was arrested by the Revenue Commissioners": the person named last, unless an official', () => {
    const x = run('Judor Ionescko ran a shop on the dark web marketplace, the court heard. He was arrested by the Revenue Commissioners in September 2022.');
    expect(rel(x, 'arrestedBy')).toEqual(['Judor Ionescko > Revenue Commissioners']);
    const y = run('"It was a long case," said Detective Sergeant Idell Harnet of the Revenue Commissioners. He was arrested by the Revenue Commissioners in 2022.');
    expect(rel(y, 'arrestedBy')).toEqual([]);
  });
});

describe('session 7: exchanges taken down as services for darknet markets', () => {
  test('"X was Garantex\'s primary technical administrator", "the US Secret Service seized Garantex\'s domains"', () => {
    const x = run("Aleksej Besciokas, 46, was charged. According to the indictment, Besciokas was Garantex's primary technical administrator, responsible for its infrastructure. Days earlier, the US Secret Service seized Garantex's website domains.");
    expect(x.entities.find((e) => e.key === 'marketplace:garantex')?.type).toBe('Marketplace');
    expect(rel(x, 'operated')).toEqual(['Aleksej Besciokas > Garantex']);
    // "Garantex's co-founder, X": the role before the name
    expect(rel(run("Prosecutors unsealed an indictment charging Besciokas and Garantex's co-founder, Aleksandr Mira Serdov, a Russian national."), 'operated')).toEqual(['Aleksandr Mira Serdov > Garantex']);
    // a market's customer is no operator
    expect(rel(run("Aleksej Besciokas, 46, was charged. Besciokas was Garantex's customer."), 'operated')).toEqual([]);
  });
  test('a regular exchange stays an organisation', () => {
    expect(run('He cashed out through Coinbase, the exchange said.').entities.find((e) => e.label === 'Coinbase')?.type).toBe('Organization');
  });
});

describe('session 9: the markets a vendor sold on', () => {
  test('"A and B ran a vendor shop called S on the markets M1 and M2": both ran S and sold on both markets', () => {
    const x = run('Dana Mercer, 38, and Tom Mercer, 36, of Sylvania, ran a vendor shop called "LakeShoreMeds" on the markets Archetyp and Bohemia, according to the indictment.');
    expect(rel(x, 'vendorOn')).toEqual(['Dana Mercer > Archetyp Market', 'Dana Mercer > Bohemia', 'Tom Mercer > Archetyp Market', 'Tom Mercer > Bohemia']);
    expect(rel(x, 'operated')).toEqual(['Dana Mercer > LakeShoreMeds', 'Tom Mercer > LakeShoreMeds']);
  });
  test('"ran a vendor account on M1, M2 and M3": each market of the list; a market named later in another clause is not', () => {
    const x = run('Dana Mercer, 38, ran a vendor account on Archetyp, Bohemia and Incognito Market, and police later shut down AlphaBay.');
    expect(rel(x, 'vendorOn')).toEqual(['Dana Mercer > AlphaBay', 'Dana Mercer > Archetyp Market', 'Dana Mercer > Bohemia', 'Dana Mercer > Incognito Market'].filter((r) => !r.includes('AlphaBay')));
  });
});

describe('session 9: lists of investigating agencies, and who prosecutes whom', () => {
  test('"investigated by A, B, C and D, with the assistance of E": the first named works with each other one, not each with each', () => {
    const x = run('The case was investigated by Homeland Security Investigations, the Drug Enforcement Administration, the U.S. Postal Inspection Service and the Portland Police Bureau, with the assistance of the Royal Canadian Mounted Police.');
    const pairs = rel(x, 'cooperatedWith');
    expect(pairs).toContain('Homeland Security Investigations > Royal Canadian Mounted Police');
    expect(pairs.filter((p) => p.includes('Royal Canadian'))).toHaveLength(1);
    expect(pairs).not.toContain('Drug Enforcement Administration > United States Postal Inspection Service');
  });
  test('"led by A and B": two co-leaders still work with each other', () => {
    const x = run('The investigation was led by the FBI and the Drug Enforcement Administration.');
    expect(rel(x, 'cooperatedWith')).toEqual(['Drug Enforcement Administration > Federal Bureau of Investigation']);
  });
  test('"the U.S. Attorney\'s Office for … is prosecuting A, B and C": each of them, by that office, not by the Department named before', () => {
    const x = run([
      "MEMPHIS, Tenn. - Three Texas residents have been charged, the U.S. Attorney's Office for the Western District of Tennessee announced today. The case is part of a national sweep announced today by the Department of Justice in Washington.",
      'Karl Obuya, Eric Rusk and Winrose Ndeti are charged with federal drug trafficking offenses.',
      "The U.S. Attorney's Office for the Western District of Tennessee is prosecuting Obuya, Rusk and Ndeti.",
    ].join('\n'));
    expect(rel(x, 'chargedBy')).toEqual(['Eric Rusk', 'Karl Obuya', 'Winrose Ndeti'].map((p) => `${p} > U.S. Attorney's Office for the Western District of Tennessee`));
  });
});

describe('session 9: a vendor name after the market', () => {
  const OPEN = 'Three men admitted selling opioids on the dark web, the National Crime Agency said.\n';
  test('"A, 22, B, 45, and C, 21, sold the drugs on the M dark web market under the vendor name H": each person and H sold on M', () => {
    const x = run(`${OPEN}Jake Lavell, 22, Lee Chiltern, 45, and Mandy Lowery, 21, sold the drugs on the AlphaBay dark web market under the vendor name NorthBargains between December 2016 and April 2017.`);
    expect(rel(x, 'vendorOn')).toEqual(['Jake Lavell > AlphaBay', 'Lee Chiltern > AlphaBay', 'Mandy Lowery > AlphaBay', 'NorthBargains > AlphaBay']);
  });
  test('"the men sold the opioids on the M marketplace under the name H", "traded on M as H": H sold on M, and M sold nothing', () => {
    const x = run(`${OPEN}The court heard that the men sold the opioids on the AlphaBay marketplace under the name NorthBargains until April.`);
    expect(rel(x, 'vendorOn')).toEqual(['NorthBargains > AlphaBay']);
    expect(rel(x, 'sold')).toEqual([]);
    const y = run(`${OPEN}Jake Lavell, 22, and Lee Chiltern, 45, traded on the AlphaBay marketplace as NorthBargains, posting drugs from a Leeds post office.`);
    expect(rel(y, 'vendorOn')).toEqual(['Jake Lavell > AlphaBay', 'Lee Chiltern > AlphaBay', 'NorthBargains > AlphaBay']);
  });
  test('one defendant\'s alias stays that defendant\'s: "the defendants sold … under the vendor name "Sydney""', () => {
    const x = run(`${OPEN}Before launching their own market, the defendants sold counterfeit currency on AlphaBay, another dark web marketplace, under the vendor name "Sydnee," the indictment states.`);
    expect(x.entities.filter((e) => e.type === 'CriminalGroup')).toEqual([]);
  });
});

describe('session 9: titles with a department, and units named after their body\'s acronym', () => {
  const OPEN = 'The Narcotics Control Bureau arrested a darknet vendor in Lucknow.\n';
  test('"X, Deputy Director General (Operations), NCB": X works for the NCB', () => {
    expect(rel(run(`${OPEN}"He is a major player," said Rakesh Nandan Sinha, Deputy Director General (Operations), NCB.`), 'worksFor')).toEqual(['Rakesh Nandan Sinha > Narcotics Control Bureau']);
  });
  test('"X, Deputy Director (Operations), NCB Delhi Zonal Unit": the unit; "arrested by officers of the NCB Delhi Zonal Unit": the unit', () => {
    const x = run(`${OPEN}The officers analysed parcels, said K P S Mehra, Deputy Director (Operations), NCB Delhi Zonal Unit.\nThe accused, Dipu Sen, was arrested on 31 January 2020 by officers of the NCB Delhi Zonal Unit after raids.`);
    expect(rel(x, 'worksFor')).toEqual(['K P S Mehra > NCB Delhi Zonal Unit']);
    expect(rel(x, 'arrestedBy')).toEqual(['Dipu Sen > NCB Delhi Zonal Unit']);
  });
});

describe('session 9: an operation\'s team and its members', () => {
  test('"HSI leads the Operation X team, which includes the following agencies: A, B and C": each took part in X', () => {
    const x = run('HSI leads the Operation Tamarack team, which includes the following agencies: the DEA, the U.S. Postal Inspection Service (USPIS), the Grand Forks Narcotics Task Force and the Oregon State Police.');
    expect(rel(x, 'participatedIn')).toEqual(['Drug Enforcement Administration > Tamarack', 'Grand Forks Narcotics Task Force > Tamarack', 'Oregon State Police > Tamarack', 'United States Postal Inspection Service > Tamarack']);
  });
});

describe('session 9: what a market did not sell', () => {
  test('"… sales of other substances through the marketplace, including MDMA and cocaine": the market is the way, not the seller', () => {
    const x = run('The office alleges that the man sold marijuana on the Silk Road marketplace under the name GreenMuse. It further alleges that the seized drives show sales of other controlled substances through the marketplace, including MDMA, cocaine and ketamine.');
    expect(rel(x, 'sold')).toEqual([]);
  });
  test('"The drugs offered on the market included cocaine and heroin" after the market: the market sold them', () => {
    const x = run('Nemesis Market went online in 2021 and had more than 150,000 user accounts. The drugs offered on the market included cocaine and heroin.');
    expect(rel(x, 'sold')).toEqual(['Nemesis Market > cocaine', 'Nemesis Market > heroin']);
  });
});

describe('session 9: a federal district court named without its district', () => {
  test('"sentenced in U.S. District Court in Boston" in a release of the District of Massachusetts: that district\'s court, its judge working for it', () => {
    const x = run("BOSTON - A Brockton man was sentenced, the U.S. Attorney's Office for the District of Massachusetts said. Ben Lam, 30, was sentenced in U.S. District Court in Boston by Senior District Judge Rya W. Zabel.");
    expect(x.entities.filter((e) => /District Court/.test(e.label)).map((e) => e.label)).toEqual(['U.S. District Court for the District of Massachusetts']);
    expect(rel(x, 'worksFor')).toEqual(['Rya W. Zabel > U.S. District Court for the District of Massachusetts']);
  });
  test('with no office named, the court of the city; "X, 50, of Marina del Rey," is where X lives, no person', () => {
    const x = run('Teresa Tetlow, 50, of Marina del Rey, was sentenced in U.S. District Court in Los Angeles by U.S. District Judge Manuel Reale.');
    expect(x.entities.filter((e) => /District Court/.test(e.label)).map((e) => e.label)).toEqual(['U.S. District Court in Los Angeles']);
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.label).sort()).toEqual(['Manuel Reale', 'Teresa Tetlow']);
  });
  test('a street after "X, 36, of" is no place', () => {
    const x = run('Toby Woodley, 36, of Rowland Way, Aylesbury, was jailed for 14 months.');
    expect(x.entities.filter((e) => e.type === 'Location').map((e) => e.label)).toEqual(['Aylesbury']);
  });
});

describe('session 10: "its" before a preposition owns nothing', () => {
  test('"ERSOU passed its intelligence to the X Unit": X is not ERSOU\'s; "its specialist Cyber Crime Unit" still is', () => {
    expect(rel(run('The ERSOU passed its intelligence to the Harrowgate and Dale Regional Cyber Crime Unit.'), 'partOf')).toEqual([]);
    expect(rel(run('The NCA said its specialist Cyber Crime Unit led the work.'), 'partOf')).toEqual(['Cyber Crime Unit > National Crime Agency']);
  });
});

describe('session 10: a market after an active selling verb is the venue, not the seller', () => {
  test('"The Dutchman sold ecstasy and LSD on Velvet Crate": no sold by the market; "were sold on Velvet Crate" and "Vendors on Velvet Crate sold" still are', () => {
    const dark = 'Police shut down the darknet marketplace Velvet Crate in March.';
    expect(rel(run(`${dark} The Dutchman sold ecstasy and LSD on Velvet Crate for three years.`), 'sold')).toEqual([]);
    expect(rel(run(`${dark} Man who sold heroin on Velvet Crate jailed.`), 'sold')).toEqual([]);
    expect(rel(run(`${dark} Cocaine and heroin were sold on Velvet Crate for years.`), 'sold')).toEqual(['Velvet Crate > cocaine', 'Velvet Crate > heroin']);
    expect(rel(run(`${dark} Vendors on Velvet Crate sold heroin and cocaine to buyers around the world.`), 'sold')).toEqual(['Velvet Crate > cocaine', 'Velvet Crate > heroin']);
  });
});

describe('session 10: nationality named after the person, long employers, units of a place', () => {
  test('"… arrested Slomp at the airport, when the Dutch national flew in": the one person of the sentence; "the German-speaking Amazon" is nobody\'s', () => {
    expect(rel(run('Kees Vlaming was sentenced on Friday. Agents arrested Vlaming at Miami International Airport in 2013, when the Dutch national flew to the United States.'), 'nationality')).toEqual(['Kees Vlaming > Netherlands']);
    expect(rel(run('Police arrested Jan Smit in Rotterdam; the Dutchman had sold drugs for years.'), 'nationality')).toEqual(['Jan Smit > Netherlands']);
    expect(rel(run('Minister Herbert Rauch said it was "the German-speaking Amazon for cybercrime".'), 'nationality')).toEqual([]);
  });
  test('"said X, chief of the criminal division of the U.S. Attorney\'s Office for the Southern District of Ohio": X works for the office', () => {
    expect(rel(run('"Nothing is secret," said Karla Dornan, chief of the criminal division of the U.S. Attorney\'s Office for the Southern District of Ohio.'), 'worksFor')).toEqual(["Karla Dornan > U.S. Attorney's Office for the Southern District of Ohio"]);
  });
  test('"USSS\'s Baltimore Field Office; … IRS Criminal Investigation\'s Washington, D.C. Field Office": two field offices, each of its body', () => {
    const x = run("The case was announced by Special Agent in Charge Bram Mercer of the U.S. Secret Service's Baltimore Field Office; and Special Agent in Charge Tom Kolby of IRS Criminal Investigation's Washington, D.C. Field Office.");
    expect(rel(x, 'partOf')).toEqual(['IRS-CI Washington, D.C. Field Office > IRS Criminal Investigation', 'USSS Baltimore Field Office > United States Secret Service']);
  });
});
