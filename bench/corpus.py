"""A generated corpus of news-like articles for the benchmark (deterministic for a seed).

Articles of about 500 words: protests, riots, armed clashes, air and drone strikes, shelling,
attacks on civilians, arrests, abductions, bombings, and news with no event at all (economy,
elections, sport, weather). Many countries and places, datelines in several styles, relative
dates ("on Sunday", "yesterday"), background paragraphs about older events, quotes and
boilerplate. The texts are written at run time into a folder as JSONL files; nothing is stored.

    python bench/corpus.py OUT_DIR --articles 2000 --seed 7
"""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

# country -> (demonym, capital, cities, regions)
COUNTRIES: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {
    "Nigeria": ("Nigerian", "Abuja", ("Lagos", "Kano", "Maiduguri", "Kaduna", "Port Harcourt", "Ibadan", "Jos"), ("Borno", "Zamfara", "Plateau", "Kaduna State")),
    "Kenya": ("Kenyan", "Nairobi", ("Mombasa", "Kisumu", "Nakuru", "Eldoret", "Garissa"), ("Mandera", "Turkana")),
    "Ethiopia": ("Ethiopian", "Addis Ababa", ("Gondar", "Mekelle", "Bahir Dar", "Dire Dawa", "Hawassa"), ("Amhara", "Tigray", "Oromia")),
    "Sudan": ("Sudanese", "Khartoum", ("Omdurman", "El Fasher", "Nyala", "Port Sudan", "Kassala"), ("North Darfur", "South Kordofan")),
    "Somalia": ("Somali", "Mogadishu", ("Kismayo", "Baidoa", "Beledweyne", "Garowe"), ("Lower Shabelle", "Hiiraan")),
    "Mali": ("Malian", "Bamako", ("Timbuktu", "Gao", "Mopti", "Kidal", "Segou"), ("Mopti Region",)),
    "Burkina Faso": ("Burkinabe", "Ouagadougou", ("Bobo-Dioulasso", "Djibo", "Kaya", "Dori"), ()),
    "Democratic Republic of the Congo": ("Congolese", "Kinshasa", ("Goma", "Bukavu", "Beni", "Bunia", "Lubumbashi"), ("North Kivu", "Ituri")),
    "Cameroon": ("Cameroonian", "Yaounde", ("Douala", "Bamenda", "Buea", "Maroua"), ("Far North",)),
    "South Africa": ("South African", "Pretoria", ("Johannesburg", "Cape Town", "Durban", "Soweto"), ("Gauteng", "KwaZulu-Natal")),
    "Egypt": ("Egyptian", "Cairo", ("Alexandria", "Giza", "Suez", "Aswan"), ("North Sinai",)),
    "Libya": ("Libyan", "Tripoli", ("Benghazi", "Misrata", "Sirte", "Sabha"), ()),
    "Tunisia": ("Tunisian", "Tunis", ("Sfax", "Sousse", "Kairouan", "Gafsa"), ()),
    "Morocco": ("Moroccan", "Rabat", ("Casablanca", "Marrakesh", "Fez", "Tangier"), ()),
    "Syria": ("Syrian", "Damascus", ("Aleppo", "Idlib", "Homs", "Hama", "Raqqa", "Daraa"), ("Idlib Governorate", "Deir ez-Zor Governorate")),
    "Iraq": ("Iraqi", "Baghdad", ("Basra", "Mosul", "Kirkuk", "Najaf", "Erbil", "Nasiriyah"), ("Anbar", "Diyala")),
    "Yemen": ("Yemeni", "Sanaa", ("Aden", "Taiz", "Hodeidah", "Marib"), ()),
    "Lebanon": ("Lebanese", "Beirut", ("Sidon", "Tyre", "Baalbek", "Nabatieh"), ()),
    "Turkey": ("Turkish", "Ankara", ("Istanbul", "Izmir", "Diyarbakir", "Gaziantep"), ()),
    "Afghanistan": ("Afghan", "Kabul", ("Kandahar", "Herat", "Jalalabad", "Kunduz"), ("Helmand", "Nangarhar")),
    "Pakistan": ("Pakistani", "Islamabad", ("Karachi", "Lahore", "Peshawar", "Quetta", "Rawalpindi"), ("Balochistan", "Khyber Pakhtunkhwa")),
    "India": ("Indian", "New Delhi", ("Mumbai", "Kolkata", "Chennai", "Srinagar", "Imphal", "Bengaluru"), ("Manipur", "Punjab")),
    "Bangladesh": ("Bangladeshi", "Dhaka", ("Chittagong", "Sylhet", "Khulna", "Rajshahi"), ()),
    "Myanmar": ("Myanmar", "Naypyidaw", ("Yangon", "Mandalay", "Sagaing", "Myitkyina"), ("Rakhine", "Shan")),
    "Thailand": ("Thai", "Bangkok", ("Chiang Mai", "Pattani", "Yala", "Narathiwat"), ()),
    "Philippines": ("Philippine", "Manila", ("Cebu", "Davao", "Marawi", "Zamboanga", "Cotabato"), ("Mindanao",)),
    "Indonesia": ("Indonesian", "Jakarta", ("Surabaya", "Medan", "Makassar", "Jayapura"), ("Papua",)),
    "Sri Lanka": ("Sri Lankan", "Colombo", ("Kandy", "Jaffna", "Galle"), ()),
    "Ukraine": ("Ukrainian", "Kyiv", ("Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Kherson", "Lviv"), ("Donetsk Oblast",)),
    "Russia": ("Russian", "Moscow", ("Saint Petersburg", "Belgorod", "Kursk", "Yekaterinburg"), ()),
    "France": ("French", "Paris", ("Marseille", "Lyon", "Toulouse", "Nantes", "Bordeaux"), ("Brittany",)),
    "Germany": ("German", "Berlin", ("Hamburg", "Munich", "Leipzig", "Cologne"), ("Bavaria",)),
    "Spain": ("Spanish", "Madrid", ("Barcelona", "Seville", "Bilbao", "Zaragoza"), ("Catalonia",)),
    "United Kingdom": ("British", "London", ("Manchester", "Birmingham", "Glasgow", "Belfast", "Liverpool"), ()),
    "Serbia": ("Serbian", "Belgrade", ("Novi Sad", "Nis", "Kragujevac"), ()),
    "Georgia": ("Georgian", "Tbilisi", ("Batumi", "Kutaisi", "Rustavi"), ()),
    "United States": ("American", "Washington", ("Minneapolis", "Chicago", "Portland", "Atlanta", "Los Angeles", "Seattle"), ("Minnesota", "Oregon")),
    "Mexico": ("Mexican", "Mexico City", ("Guadalajara", "Monterrey", "Culiacan", "Tijuana", "Acapulco"), ("Sinaloa", "Guerrero")),
    "Colombia": ("Colombian", "Bogota", ("Medellin", "Cali", "Cucuta", "Popayan"), ("Cauca",)),
    "Venezuela": ("Venezuelan", "Caracas", ("Maracaibo", "Barquisimeto", "Ciudad Guayana"), ("Zulia",)),
    "Peru": ("Peruvian", "Lima", ("Cusco", "Arequipa", "Puno", "Juliaca"), ()),
    "Chile": ("Chilean", "Santiago", ("Valparaiso", "Concepcion", "Antofagasta", "Temuco"), ()),
    "Brazil": ("Brazilian", "Brasilia", ("Sao Paulo", "Rio de Janeiro", "Salvador", "Recife"), ()),
    "Argentina": ("Argentine", "Buenos Aires", ("Cordoba", "Rosario", "Mendoza"), ()),
    "Ecuador": ("Ecuadorian", "Quito", ("Guayaquil", "Cuenca", "Esmeraldas"), ()),
    "Haiti": ("Haitian", "Port-au-Prince", ("Cap-Haitien", "Gonaives", "Les Cayes"), ()),
    "Bolivia": ("Bolivian", "La Paz", ("Cochabamba", "Santa Cruz", "Sucre", "El Alto"), ()),
}
AGENCIES = ("Meridian News", "Continental Press", "Global Desk", "The Daily Ledger", "Northstar Wire",
            "Harbour Post", "Civic Times", "Pan-Regional Service")
FIRST = ("Amina", "John", "Maria", "Ahmed", "Olga", "Kwame", "Priya", "Luis", "Fatima", "Chen", "Elena",
         "Musa", "Sofia", "Ibrahim", "Grace", "Tomas", "Aisha", "Rahul", "Nadia", "Samuel", "Yusuf", "Lucia")
LAST = ("Okafor", "Mwangi", "Haddad", "Petrova", "Mensah", "Sharma", "Garcia", "Rahman", "Wei", "Ivanova",
        "Abdi", "Costa", "Bello", "Nguyen", "Silva", "Kamau", "Diallo", "Hussain", "Moreno", "Novak")
PROTESTERS = ("teachers", "farmers", "students", "pensioners", "opposition supporters", "health workers",
              "taxi drivers", "factory workers", "residents", "women's rights activists", "miners",
              "market traders", "doctors", "lawyers")
GRIEVANCES = ("rising fuel prices", "a proposed pension reform", "unpaid salaries", "a new tax on mobile money",
              "power cuts", "the disputed election result", "police brutality", "rising food prices",
              "the closure of a local hospital", "a land deal with a foreign company", "water shortages",
              "the arrest of an opposition leader")
GROUPS = ("the National Liberation Front", "the Northern Defence Army", "the United Resistance Movement",
          "the Popular Self-Defence Forces", "the Islamic State", "al-Shabaab", "a local militia",
          "the Patriotic Salvation Front", "armed bandits", "a rebel coalition")
SECTORS = ("oil exports", "agriculture", "tourism", "remittances", "mining", "textiles", "fishing")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
SHORT_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
KINDS = ("protest", "protest", "protest_force", "riot", "clash", "airstrike", "shelling", "attack",
         "arrests", "abduction", "bomb", "none", "none", "none")


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    date: str | None
    source: str
    text: str
    kind: str
    country: str


class _Fill(dict):
    """Template variables for one article; a few are drawn afresh each time they are used."""

    def __init__(self, rng: random.Random, **values):
        super().__init__(**values)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        rng = self.rng
        fresh = {
            "n": lambda: str(rng.choice((2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 21, 23, 30, 45))),
            "size": lambda: rng.choice(("200", "300", "500", "800", "1,500", "2,000", "4,000", "10,000")),
            "person": lambda: f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "year": lambda: str(rng.randint(2009, 2016)),
            "pct": lambda: f"{rng.randint(2, 39)}.{rng.randint(0, 9)}",
            "pop": lambda: str(rng.randint(3, 120)),
            "sector": lambda: rng.choice(SECTORS),
            "month": lambda: rng.choice(MONTHS),
            "other_city": lambda: rng.choice(self["cities"]),
            "group2": lambda: rng.choice(GROUPS),
        }
        if key in fresh:
            return fresh[key]()
        raise KeyError(key)


LEADS: dict[str, tuple[str, ...]] = {
    "protest": (
        "Thousands of {protesters} marched through central {city} {when} to protest {grievance}, organisers said.",
        "Hundreds of {protesters} rallied outside the regional government building in {city} {when}, demanding an end to {grievance}.",
        "{Protesters} staged a sit-in in {city} {when} against {grievance}, blocking the main road into the city centre.",
        "{Protesters} went on strike and gathered outside parliament in {capital} {when} over {grievance}.",
    ),
    "protest_force": (
        "Police fired tear gas and rubber bullets at {protesters} in {city} {when} as thousands took to the streets over {grievance}.",
        "Security forces used water cannon to disperse {protesters} who had gathered in {city} {when} to denounce {grievance}.",
    ),
    "riot": (
        "Rioters set fire to cars and looted shops in {city} {when} after a young man died in police custody, witnesses said.",
        "Angry youths threw stones at police and burned tyres in {city} {when} during protests over {grievance}.",
    ),
    "clash": (
        "{Demonym} troops clashed with fighters of {group} near {town} {when}, killing {n} militants, the army said.",
        "Heavy fighting broke out between the army and {group} on the outskirts of {town} {when}, leaving {n} soldiers dead.",
    ),
    "airstrike": (
        "Air strikes hit a market in {town} {when}, killing at least {n} civilians, local officials said.",
        "A drone strike on a vehicle near {town} killed {n} suspected members of {group} {when}, the military said.",
    ),
    "shelling": (
        "Artillery shells struck residential areas of {city} {when}, killing {n} people and wounding dozens, the mayor said.",
        "Rocket fire hit {city} {when}, damaging a hospital and killing {n} people, according to regional authorities.",
    ),
    "attack": (
        "Gunmen killed {n} villagers in an attack on a village near {town} {when}, a local official said.",
        "Suspected members of {group} stormed a church in {town} {when} and shot dead {n} worshippers.",
    ),
    "arrests": (
        "Police arrested {n} opposition activists in {city} {when} ahead of planned demonstrations over {grievance}.",
        "Security forces detained {n} journalists and a human rights lawyer in {capital} {when}, their families said.",
    ),
    "abduction": (
        "Armed men abducted {n} students from a boarding school in {town} {when}, police said.",
        "Gunmen kidnapped {n} aid workers travelling on the road between {town} and {city} {when}.",
    ),
    "bomb": (
        "A roadside bomb exploded near a military convoy outside {town} {when}, killing {n} soldiers.",
        "A suicide bomber blew himself up at a checkpoint in {city} {when}, killing {n} people, police said.",
    ),
    "none": (
        "The central bank of {country} raised its benchmark interest rate {when}, citing inflation of {pct} percent.",
        "The electoral commission in {capital} said {when} that turnout in the regional elections reached {pct} percent.",
        "Heavy rains are forecast for {city} and surrounding areas this week, the national weather service said {when}.",
        "The government of {country} announced {when} a new plan to expand {sector} and create jobs for young people.",
        "{City}'s football club won the national cup final {when}, beating its rivals 2-1 in front of a full stadium.",
        "A new international airport terminal opened in {city} {when}, officials said, doubling the city's capacity.",
    ),
}
EVENT_DETAILS = (
    "In {city2}, about {size} {protesters} joined the protest and blocked a highway for several hours.",
    "Demonstrators also gathered in {city3}, where organisers said around {size} people rallied peacefully.",
    "Similar protests were reported in the cities of {city2}, {city3} and {other_city}, according to local media.",
    "Police said {n} officers were injured and {n} people were arrested during the unrest.",
    "A hospital official in {city} said {n} people were being treated for injuries, two of them in a critical condition.",
    "Witnesses said the crowd chanted slogans against the government and carried banners.",
    "The army said its forces had regained control of the area by the evening.",
    "Residents of {town} said they had fled their homes overnight and were sheltering in a school.",
    "Local officials said {n} people were killed and {n} others wounded, though the toll could rise.",
    "The interior ministry said in a statement that the situation in {city} was calm on {weekday} morning.",
    "Footage shared on social media showed plumes of black smoke rising over the centre of {city}.",
    "Shops and schools in {city} stayed closed and public transport was suspended for the day.",
    "The governor of {region_name} imposed a night-time curfew and banned public gatherings for a week.",
    "Medical charities said ambulances were unable to reach some of the wounded because roads were blocked.",
    "The military said it had sent reinforcements to {town} and was searching the surrounding villages.",
    "Opposition leaders called for a general strike across {country} next week.",
    "Several of the injured were taken to hospitals in {city2}, about two hours away by road.",
    "Mobile internet was cut in parts of {region_name} for several hours, residents said.",
    "Human rights groups demanded an independent investigation into the use of force.",
    "No group immediately claimed responsibility for the violence.",
    "Electricity and water supplies to parts of {town} were cut after the fighting.",
    "Teachers, nurses and civil servants marched to the labour ministry in {capital} to support the strike.",
)
QUOTES = (
    '"We will not stop until our demands are met," said {person}, a spokesperson for the organisers.',
    '"The security situation has deteriorated sharply in recent weeks," said {person}, an analyst based in {capital}.',
    '"Our children cannot go to school and the markets are closed," said {person}, a resident of {town}.',
    '"We call on all sides to show restraint and to respect human rights," the United Nations office in {capital} said.',
    "{person}, a government spokesperson, told reporters that those responsible would be brought to justice.",
    '"We heard explosions all night and nobody could sleep," said {person}, who lives near the market.',
    '"This is a peaceful movement and we reject violence of any kind," said {person}, a student leader.',
    '"The police acted with professionalism and within the law," a police spokesperson in {city} said.',
    '"Prices have doubled since last year and our wages stay the same," said {person}, a mother of three.',
    '"We need more support from the international community," said {person}, the mayor of {city2}.',
)
BACKGROUND = (
    "In {year}, similar protests over {grievance} left dozens of people dead in {capital} and {other_city}.",
    "The region has been hit by repeated attacks since {year}, when {group2} first took control of several towns.",
    "{Country} has a population of about {pop} million people and its economy depends heavily on {sector}.",
    "Inflation reached {pct} percent in {month}, according to official figures, the highest level in a decade.",
    "The government declared a state of emergency in {region_name} in {year} and extended it several times since.",
    "Aid agencies say more than {pop} thousand people have been displaced in the area over the past two years.",
    "Talks between the government and opposition parties broke down in {month} without an agreement.",
    "A ceasefire agreed in {year} collapsed within weeks, and fighting has continued since.",
    "The president came to power in {year} promising to restore security and cut unemployment.",
    "Rights groups say hundreds of people have been detained without charge since the protests began.",
    "The country's unemployment rate stands at about {pct} percent, and higher among young people.",
    "Parliamentary elections are due next year, and the ruling party has lost ground in recent polls.",
)
NEUTRAL = (
    "The finance ministry said revenue from {sector} rose by {pct} percent in the first half of the year.",
    "Officials in {city} said the new budget would fund road repairs, schools and two clinics.",
    "Analysts expect growth of about {pct} percent next year, helped by higher prices for {sector}.",
    "The opposition said it would study the proposals before deciding whether to support them in parliament.",
    "Construction work on the new bridge in {city2} is expected to be completed by the end of next year.",
    "The national statistics office will publish revised figures in {month}.",
    "Tickets for the final went on sale in {city3} last month and sold out within hours.",
    "The minister of transport said a new railway line between {city} and {city2} would open in two years.",
    "Farmers in {region_name} expect a good harvest after regular rains this season.",
    "The stock exchange in {capital} closed {pct} percent higher, led by banks and telecoms.",
    "A delegation of foreign investors visited {city3} to discuss a port expansion project.",
    "The health ministry launched a vaccination campaign for children under five in {city2}.",
    "Local authorities in {city} plan to plant thousands of trees along the river banks.",
    "The university in {city3} will admit more students in engineering and medicine next year.",
    "A trade fair in {city} drew exhibitors from more than {pop} countries, organisers said.",
    "The national airline announced new routes from {capital} to three regional cities.",
    "Officials said the census, the first in a decade, would begin in {month}.",
    "The weather service warned of high temperatures in {city2} over the weekend.",
    "The culture ministry said a film festival in {city} would return in {month} after a break.",
)
BOILERPLATE = (
    "The {agency} could not independently verify the reports.",
    "Additional reporting by {person} in {capital}.",
    "This story has been updated with comments from officials.",
    "Share this article",
)


def _when(rng: random.Random, pub: date) -> str:
    back = rng.randint(1, 6)
    day = pub - timedelta(days=back)
    style = rng.random()
    if back == 1 and style < 0.3:
        return rng.choice(("yesterday", "late yesterday", "on Monday night" if day.weekday() == 0 else "yesterday"))
    if style < 0.75:
        return f"on {WEEKDAYS[day.weekday()]}" + rng.choice(("", "", " night", " morning"))
    return f"on {MONTHS[day.month - 1]} {day.day}"


def _dateline(rng: random.Random, city: str, country: str, pub: date, agency: str) -> str:
    style = rng.random()
    if style < 0.35:
        return f"{city.upper()}, {SHORT_MONTHS[pub.month - 1]} {pub.day} ({agency}) - "
    if style < 0.6:
        return f"{city.upper()}, {country} - "
    if style < 0.8:
        return f"{city}, {MONTHS[pub.month - 1]} {pub.day}, {pub.year} — "
    return ""  # no dateline


def _title(kind: str, city: str, country: str, fill: _Fill) -> str:
    titles = {
        "protest": f"{fill['Protesters']} march in {city} over {fill['grievance']}",
        "protest_force": f"Police disperse protest in {city}",
        "riot": f"Unrest in {city} after death in custody",
        "clash": f"Fighting near {fill['town']} leaves dozens dead",
        "airstrike": f"Strikes hit {fill['town']}",
        "shelling": f"Shelling kills civilians in {city}",
        "attack": f"Gunmen attack village in {country}",
        "arrests": f"Activists detained in {city}",
        "abduction": f"Students abducted in {fill['town']}",
        "bomb": f"Bomb attack kills soldiers in {country}",
        "none": f"{country}: news in brief",
    }
    return titles[kind]


def article(i: int, *, seed: int = 7) -> Article:
    """The i-th article of the corpus for this seed (independent of the others)."""
    rng = random.Random(f"dateline-bench:{seed}:{i}")
    country = rng.choice(sorted(COUNTRIES))
    demonym, capital, cities, regions = COUNTRIES[country]
    places = [capital, *cities]
    rng.shuffle(places)
    kind = rng.choice(KINDS)
    pub = date(2018, 1, 1) + timedelta(days=rng.randint(0, 7 * 365))
    agency = rng.choice(AGENCIES)
    protesters = rng.choice(PROTESTERS)
    fill = _Fill(
        rng, cities=places, city=places[0], City=places[0], city2=places[1 % len(places)], city3=places[2 % len(places)],
        town=rng.choice(cities), capital=capital, country=country, Country=country, demonym=demonym,
        Demonym=demonym, protesters=protesters, Protesters=protesters[0].upper() + protesters[1:],
        grievance=rng.choice(GRIEVANCES), group=rng.choice(GROUPS), agency=agency,
        region_name=rng.choice(regions) if regions else f"the north of {country}",
        weekday=WEEKDAYS[pub.weekday()], when=_when(rng, pub),
    )
    title = _title(kind, places[0], country, fill)
    paragraphs = [title]
    if rng.random() < 0.4:
        paragraphs.append(f"By {fill['person']}")
    lead = rng.choice(LEADS[kind]).format_map(fill)
    paragraphs.append(_dateline(rng, places[0], country, pub, agency) + lead)
    pools = (NEUTRAL, BACKGROUND, QUOTES) if kind == "none" else (EVENT_DETAILS, QUOTES, BACKGROUND, NEUTRAL)
    unused = [list(pool) for pool in pools]  # a report does not repeat itself
    for pool in unused:
        rng.shuffle(pool)
    target = rng.randint(430, 580)
    words = sum(len(p.split()) for p in paragraphs)
    while words < target and any(unused):
        pool = unused[0] if unused[0] and rng.random() < 0.45 else rng.choice([p for p in unused if p])
        picked = [pool.pop() for _ in range(min(len(pool), rng.randint(2, 3)))]
        para = " ".join(_fresh_when(rng, t.format_map(fill), pub) if pool is unused[0] else t.format_map(fill)
                        for t in picked)
        paragraphs.append(para)
        words += len(para.split())
    paragraphs.append(rng.choice(BOILERPLATE).format_map(fill))
    has_date = rng.random() > 0.05
    return Article(id=f"bench-{seed}-{i:06d}", date=pub.isoformat() if has_date else None,
                   source=agency, text="\n\n".join(paragraphs), kind=kind, country=country)


def _fresh_when(rng: random.Random, sentence: str, pub: date) -> str:
    # later paragraphs name other days now and then, as reports do
    if rng.random() < 0.15 and sentence.endswith("."):
        return sentence[:-1] + " " + _when(rng, pub) + "."
    return sentence


def write_corpus(folder: str | Path, n: int, *, seed: int = 7, files: int = 16) -> list[Path]:
    """Write n articles as JSONL files ({"id", "date", "source", "text"}) and return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    per_file = -(-n // files)
    paths = []
    for f in range(files):
        chunk = range(f * per_file, min(n, (f + 1) * per_file))
        if not chunk:
            break
        path = folder / f"corpus-{f:03d}.jsonl"
        with open(path, "w", encoding="utf-8") as out:
            for i in chunk:
                a = article(i, seed=seed)
                record = {"id": a.id, "source": a.source, "text": a.text}
                if a.date:
                    record["date"] = a.date
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="folder for the JSONL files")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--files", type=int, default=16)
    args = parser.parse_args()
    paths = write_corpus(args.out, args.articles, seed=args.seed, files=args.files)
    print(f"{args.articles} articles in {len(paths)} files under {args.out}")


if __name__ == "__main__":
    main()
