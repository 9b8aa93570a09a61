"""Document kinds (frames) of fresh24d: each writes a header and a thread of posts into ctx.b."""

from __future__ import annotations

ROLES = ("res",) * 7 + ("off", "web", "med", "mod")


def hm(c) -> str:
    return f"{c.r.randint(6, 23):02d}:{c.r.randint(0, 59):02d}"


def thread(c, n, pre, suffix=None, sep="\n", roles=ROLES):
    res = c.residents
    known_at = c.r.randrange(n) if c.R else -1
    prev = res[0]
    for j in range(n):
        role = "res" if j in (0, known_at) else c.r.choice(roles)
        if role == "res":
            a = res[0] if j in (0, known_at) else c.r.choice(res)
            pre(c, "res", a)
            if j == known_at:
                c.known_line(a)
            else:
                c.body("res", a, c.r.choice([x for x in res if x is not a]))
            prev = a
        else:
            pre(c, role, {"off": c.O, "web": c.W, "med": c.M, "mod": None}[role])
            c.body(role, prev, c.r.choice([x for x in res if x is not prev]))
        if suffix:
            suffix(c)
        c.b.t(sep)


def org(c, role, who):
    """Prefix for a non-resident author; returns True if it wrote one."""
    if role == "off":
        c.render(c.r.choice(["Gemeente {MUNI} ✔\n", "{O} · [Gemeente] {MUNI}\n"]))
    elif role == "web":
        c.render("[Gemeente] {MUNI} @Gemeente" + c.muni + "\n")
    elif role == "med":
        c.render("{M} · [Buurtbemiddeling]\n")
    elif role == "mod":
        c.render("[Moderator]\n")
    return role != "res"


def f_fb(c):
    c.render("Gemeente {MUNI}\n{DATE} · 🌐\n[Vanaf] {DAY} [werkzaamheden] in {HOOD}. [Vragen]? Reageer hieronder.\n\n")

    def pre(c, role, a):
        if not org(c, role, a):
            c.display(a)
            c.b.t("\n")

    thread(c, c.r.randint(3, 6), pre, lambda c: c.render("\n[Vind ik leuk] · [Beantwoorden] · {N} u\n"))


def f_whatsapp(c):
    c.render("[Buurtapp] {HOOD} 🏘️ ([WhatsApp]-export)\n")
    day, mon, yr = c.r.randint(1, 28), c.r.randint(1, 12), c.r.choice([24, 25, 26])

    def pre(c, role, a):
        c.b.t(f"[{day:02d}-{mon:02d}-{yr} {hm(c)}] ")
        if role == "res":
            c.display(a)
        else:
            c.render({"off": "{O}", "web": "{W}", "med": "{M}", "mod": "[Beheerder]"}[role])
        c.b.t(": ")

    thread(c, c.r.randint(4, 7), pre)


def f_buurtplein(c):
    c.render("[BuurtPlein] · {HOOD}, {MUNI}\n[Categorie]: [Veiligheid]\n\n")

    def pre(c, role, a):
        if not org(c, role, a):
            c.b.t("↳ ")
            c.display(a)
            c.render(" · {HOOD} · {N} d\n")

    thread(c, c.r.randint(3, 6), pre)


def f_x(c):
    def pre(c, role, a):
        if not org(c, role, a):
            c.display(a)
            c.render(" @{A.h} · {N}u\n", A=a)

    thread(c, c.r.randint(3, 6), pre, lambda c: c.render("\n💬 {N}  🔁 {N}  ♥ {N}\n"))


def f_instagram(c):
    c.render("gemeente" + c.muni.lower() + " [Bericht]: de [Zomerkermis] komt eraan! {TAG}\n\n")

    def pre(c, role, a):
        if not org(c, role, a):
            c.render("{A.h} ", A=a)

    thread(c, c.r.randint(3, 6), pre, lambda c: c.render("\n{N} [vind-ik-leuks] · [Antwoorden]\n"))


def f_review(c):
    c.render("[Stadswinkel] {MUNI} — [Gemeentelijke] [dienst]\n★★★☆☆ 3,1 · 214 [reviews]\n\n")

    def pre(c, role, a):
        if role != "res":
            c.render("[Reactie] van de [eigenaar]\n")
        else:
            k = c.r.randint(1, 5)
            c.b.t("★" * k + "☆" * (5 - k) + " ")
            c.display(a)
            c.render(" · [Lokale] [Gids] · {N} reviews\n")

    thread(c, c.r.randint(3, 5), pre, roles=("res", "res", "off", "web"))


def f_petition(c):
    c.render(
        "[Petitie]: [Behoud] het [Speelveld] in {HOOD}\n[Gestart] door {A} · {N}0 [ondertekenaars]\n\n"
        "[Laatste] [ondertekenaars]:\n"
    )
    for n, p in enumerate(c.residents, 1):
        c.b.t(f"{n}. ")
        c.display(p)
        c.render(", {MUNI}\n")
    c.render("\n[Opmerkingen]\n")

    def pre(c, role, a):
        if not org(c, role, a):
            c.display(a)
            c.b.t(" [ondertekende]: ")

    thread(c, c.r.randint(2, 4), pre)


def f_forum(c):
    c.render("[Wijkforum] {MUNI} › [Verkeer] › [Onderwerp]: [Sluipverkeer] door {HOOD}\n")

    def pre(c, role, a):
        c.b.t("\n")
        if not org(c, role, a):
            c.render("[Bericht] door ")
            c.display(a)
            c.render(" » {DATE}\n")
            if c.r.random() < 0.4:
                q = c.r.choice(c.residents)
                c.b.t('[quote="')
                c.render("{A.h}", A=q)
                c.render('"][Precies] wat ik ook zei.[/quote]\n')

    thread(c, c.r.randint(3, 6), pre)


def f_modexport(c):
    c.render("comment_id;user_id;weergavenaam;tekst;status\n")

    def pre(c, role, a):
        c.b.t(f"c{c.r.randint(100000, 999999)};u{c.r.randint(1000, 99999)};")
        if role == "res":
            c.display(a)
        else:
            c.render({"off": "{O}", "web": "[Webcare]", "med": "{M}", "mod": "[Moderatie]"}[role])
        c.b.t(";")

    thread(
        c,
        c.r.randint(4, 7),
        pre,
        lambda c: c.render(";" + c.r.choice(["[gepubliceerd]", "[verborgen]", "[verwijderd]", "[gemeld]"])),
    )


def f_webcare(c):
    c.render("[Tijdlijn] @Gemeente" + c.muni + " — [Webcare]\n\n")

    def pre(c, role, a):
        if not org(c, role, a):
            c.b.t("@")
            c.render("{A.h}: ", A=a)

    thread(c, c.r.randint(3, 6), pre, roles=("res", "web", "web", "off"))


def f_screenshot(c):
    c.render("📷 [Screenshot] ([overgetypt] door de [redactie])\n———\n")

    def pre(c, role, a):
        if role == "res":
            c.display(a)
        else:
            c.render({"off": "{O}", "web": "{W}", "med": "{M}", "mod": "[Beheerder]"}[role])
        c.b.t("\n")

    thread(c, c.r.randint(3, 5), pre, lambda c: c.b.t(f"\n{hm(c)} ✓✓"))


def f_youtube(c):
    c.render(
        "[Livestream] [Gemeenteraad] {MUNI} – [Commissie] [Ruimte] – {DATE}\n{N} [reacties] · "
        "[Sorteren] op [populariteit]\n\n"
    )

    def pre(c, role, a):
        if not org(c, role, a):
            c.render("@{A.h} · {N} uur geleden\n", A=a)

    thread(c, c.r.randint(3, 6), pre)


def f_reddit(c):
    c.render("r/{MUNI} • [Geplaatst] door u/{A.h}\n[Vraag]: weet iemand hoe het zit met de [Blauwe] [Zone]?\n\n")

    def pre(c, role, a):
        if not org(c, role, a):
            c.render("u/{A.h} · {N}u\n", A=a)

    thread(c, c.r.randint(3, 6), pre, lambda c: c.render("\n⬆ {N} · [Antwoord] · [Delen]\n"))


def f_telegram(c):
    c.render("[Kanaal] [Bewonersgroep] {HOOD} ([Telegram])\n\n")

    def pre(c, role, a):
        if not org(c, role, a):
            c.display(a)
            c.b.t(":\n")

    thread(c, c.r.randint(3, 6), pre, lambda c: c.b.t(f"\n({hm(c)} ✓✓)\n"))


def f_participatie(c):
    c.render(
        "[Doe] [mee] {MUNI} — [Buurtbudget]\n[Idee] #{N}: [Moestuin] op het [Braakliggende] [terrein]\n"
        "[Ingediend] door "
    )
    c.display(c.residents[0])
    c.render(" · {N} [stemmen]\n\n[Reacties]\n")

    def pre(c, role, a):
        if not org(c, role, a):
            c.display(a)
            c.b.t(" — ")

    thread(c, c.r.randint(3, 5), pre)


def f_tiktok(c):
    c.render("[Video]: [Kermis] {HOOD} [loopt] [uit] de [hand] {TAG}\n\n")

    def pre(c, role, a):
        if not org(c, role, a):
            c.render("{A.h} · {N}d\n", A=a)

    thread(c, c.r.randint(3, 6), pre, lambda c: c.render("\n❤️ {N} · [Antwoorden]\n"))


def f_mastodon(c):
    def pre(c, role, a):
        if not org(c, role, a):
            c.display(a)
            c.render(" @{A.h}@mastodon.nl\n", A=a)

    thread(c, c.r.randint(3, 5), pre, lambda c: c.render("\n↩ {N} ⇄ {N} ★ {N}\n"))


def f_blog(c):
    c.render("[Wijkkrant] {HOOD} — [Reacties] ({N})\n\n")

    def pre(c, role, a):
        if not org(c, role, a):
            c.display(a)
            c.render(" op {DATE} om " + hm(c) + " schreef:\n")

    thread(c, c.r.randint(3, 6), pre)


def f_dm(c):
    c.render("[Privéberichten] @Gemeente" + c.muni + " — [Export] [Webcare]\n\n")

    def pre(c, role, a):
        if role == "res":
            c.render("[Van]: @{A.h}\n", A=a)
        else:
            c.render("[Van]: @Gemeente" + c.muni + "\n")

    thread(c, c.r.randint(3, 6), pre, roles=("res", "web", "web"))


def f_klacht(c):
    c.render(
        "[Klachtformulier] — [Ingediend] via de [website]\n[Naam]: {A}\n[E-mail]: {MAIL}\n"
        "[Onderwerp]: [Reactie] op [Facebook]\n[Bijlage]: {A.file}\n[Omschrijving]: zie de [berichten] "
        "hieronder.\n\n"
    )

    def pre(c, role, a):
        c.b.t("> ")
        if role == "res":
            c.display(a)
        else:
            c.render({"off": "{O}", "web": "{W}", "med": "{M}", "mod": "[Moderator]"}[role])
        c.b.t(": ")

    thread(c, c.r.randint(2, 5), pre)


def f_maps_qa(c):
    c.render("[Milieustraat] {MUNI} · [Vragen] en [antwoorden]\n\n")

    def pre(c, role, a):
        if role == "res":
            c.render(c.r.choice(["[Vraag] van ", "[Antwoord] van "]))
            c.display(a)
            c.b.t("\n")
        else:
            org(c, role, a)

    thread(c, c.r.randint(3, 5), pre)


FRAMES = {
    "fb_comments": f_fb,
    "whatsapp_export": f_whatsapp,
    "buurtplein": f_buurtplein,
    "x_thread": f_x,
    "instagram": f_instagram,
    "review_site": f_review,
    "petition": f_petition,
    "forum": f_forum,
    "moderation_export": f_modexport,
    "webcare_timeline": f_webcare,
    "screenshot_retyped": f_screenshot,
    "youtube_livestream": f_youtube,
    "reddit_like": f_reddit,
    "telegram_group": f_telegram,
    "participation_platform": f_participatie,
    "tiktok": f_tiktok,
    "mastodon": f_mastodon,
    "wijkkrant_comments": f_blog,
    "dm_export": f_dm,
    "complaint_with_quotes": f_klacht,
    "maps_qa": f_maps_qa,
}
