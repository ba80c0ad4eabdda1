# ourvoice: Lietuvių (Lithuanian)
# needs-review: translated by the ourvoice team without a native speaker; please have a
# Lithuanian speaker who works with children check every message before relying on it.

## Every page

skip-link = Pereiti prie turinio
help-now = Pagalba dabar
leave-site = Išeiti iš svetainės
leave-site-tip = Arba du kartus paspausk Esc
footer = Tavo balsas svarbus. Mes niekada neklausiame tavo vardo.
footer-not-anonymous = Tavo balsas svarbus. Tai, ką siunti šiame puslapyje, skaito tik budinti komanda.
go-to-start = Grįžti į pradžią
back = Atgal

## Dates

date = { $year } m. { $month } { $day } d.
month-1 = sausio
month-2 = vasario
month-3 = kovo
month-4 = balandžio
month-5 = gegužės
month-6 = birželio
month-7 = liepos
month-8 = rugpjūčio
month-9 = rugsėjo
month-10 = spalio
month-11 = lapkričio
month-12 = gruodžio

## The front door

home-title = Pasakyk savo nuomonę
home-lead = Trumpos apklausos, kurias parašė globojami jaunuoliai globojamiems jaunuoliams. Tau nereikia sakyti savo vardo.
home-none-open = Šiuo metu atvirų apklausų nėra. Užsuk netrukus.
for-4-7 = 4–7 metų vaikams, kartu su padedančiu suaugusiuoju
for-8-11 = 8–11 metų vaikams
for-11-17 = 11–17 metų jaunuoliams
for-care-leavers = Paliekantiems globą, 16–25 metų
for-everyone = Visiems

## Get help now

help-danger = Jei tau dabar gresia pavojus, skambink { $emergency }.
help-talk = Pasikalbėk su kuo nors
help-childline = { $name }: skambink { $phone }. Nemokamai, bet kuriuo metu, dieną ar naktį, ir to nebus matyti telefono sąskaitoje.
help-always-heard = { $name } (Coram Voice), globojamiems vaikams ir globą palikusiems jaunuoliams, kurie nori atstovo: skambink { $phone }.
help-council-hours = { $name }: skambink { $phone } (nuo pirmadienio iki penktadienio, { $from }–{ $to }) ir paprašyk vaikų paslaugų skyriaus.
help-out-of-hours = Kitu laiku skambink tarybos budinčiai komandai { $phone }.
help-no-out-of-hours = Kitu laiku skambink į Childline arba 999, jei tau gresia pavojus.
help-childline-chat = Jei nenori kalbėti balsu, gali rašyti Childline konsultantui internetu: { $link }.
help-childline-chat-link = Childline pokalbis 1-1
help-contact = Jei nori, kad kas nors iš tarybos su tavimi susisiektų, { $link }.
help-trusted-adult = Taip pat gali pasakyti mokytojui, globėjui, savo socialiniam darbuotojui ar kitam suaugusiajam, kuriuo pasitiki.
help-back = Norėdamas grįžti į apklausą, naršyklėje spausk „Atgal“. Tavo atsakymai iki šiol išsaugoti.

## A survey's first page

choose-language = Pasirink kalbą:
questions-in-english = Šios apklausos klausimai kol kas tik anglų kalba. Mygtukai ir pagalba yra tavo kalba.
takes-minutes =
    { $minutes ->
        [one] Tai užtruks apie { $minutes } minutę.
        [few] Tai užtruks apie { $minutes } minutes.
       *[other] Tai užtruks apie { $minutes } minučių.
    }
can-skip = Gali praleisti bet kurį klausimą.
never-name = Mes niekada neklausiame tavo vardo.
designed-by = Sukūrė: { $names }.
carry-on = Tęsti nuo ten, kur baigei
or-start-again = Arba pradėk iš naujo:
your-code = Tavo kodas
code-hint = Jis yra tavo kortelėje, pavyzdžiui, K7QX-M3PA. Didžiosios ar mažosios raidės, nesvarbu.
start = Pradėti
start-again = Pradėti iš naujo
helper-heading = Padedančiam suaugusiajam
helper-who = Padėkite tik tada, jei nesate šio vaiko globėjas, kad vaikas galėtų pasakyti, ką iš tikrųjų galvoja.
helper-how = Perskaitykite kiekvieną klausimą ir atsakymus garsiai, tiksliai taip, kaip parašyta. Leiskite vaikui rinktis pačiam ir nesiūlykite atsakymo. Praleisti visada galima.
helper-worry = Jei vaikas pasakys ką nors nerimą keliančio, išklausykite, nežadėkite išlaikyti paslapties ir laikykitės vaiko apsaugos tvarkos. Kiekvieno puslapio viršuje, „{ help-now }“, yra telefonų numeriai.
helper-ready = Esame pasiruošę pradėti
not-open = Ši apklausa dabar nepriima atsakymų. Ačiū, kad nori dalyvauti.
opens-on = Ji prasidės { $date }.
see-changes = Pažiūrėk, kas pasikeitė, nes jaunuoliai prabilo

## Codes

code-missing = Įvesk kodą iš savo kortelės
code-malformed = Šis kodas atrodo neteisingas. Jame yra 8 raidės ir skaičiai, pavyzdžiui, K7QX-M3PA
code-unknown = Neradome šio kodo arba jis jau panaudotas. Patikrink jį ir bandyk dar kartą arba paklausk žmogaus, kuris davė tau kortelę
code-used = Kažkas jau panaudojo tavo kortelės kodą. Tavo atsakymai saugūs: įvesk kitą kodą, kad juos išsiųstum

## One question

# Between the answers to a question that takes several.
list-separator = { ", " }
question-of = Klausimas { $number } iš { $total }
cheer-half = Jau pusė kelio. Ačiū!
cheer-last = Paskutinis klausimas!
listen = Paklausyk klausimo ir atsakymų
paper-how = Prie kiekvieno klausimo pažymėk vieną langelį arba tiek, kiek nurodyta klausime. Gali praleisti bet kurį klausimą. Nerašyk savo ar kieno nors kito vardo.
paper-only-if = Atsakyk į šį klausimą tik tada, jei į { $number } klausimą atsakei { $answers }.
paper-give-back = Baigęs ar baigusi sulankstyk šį lapą ir atiduok jį suaugusiajam, kuris tau jį davė. Niekas nesužinos, kuris lapas yra tavo.
continue = Toliau
skip-question = Praleisti šį klausimą
write-up-to =
    { $max ->
        [one] Gali parašyti iki { $max } ženklo.
       *[other] Gali parašyti iki { $max } ženklų.
    }
scale-1 = Labai blogai
scale-2 = Blogai
scale-3 = Normaliai
scale-4 = Gerai
scale-5 = Labai gerai
answer-yes = Taip
answer-no = Ne
answer-not-sure = Nežinau
answer-one-text = Parašyk savo atsakymą laukelyje.
answer-too-long = Tavo atsakymas yra { $length } ženklų ilgio. Sutrumpink jį iki { $max } ženklų ar mažiau.
answer-just-one = Pasirink tik vieną atsakymą.
answer-not-offered = Pasirink vieną iš parodytų atsakymų.

## Problems with what was sent

error-summary = Yra problema
error-prefix = Klaida:

## Check your answers

check-title = Patikrink savo atsakymus
check-lead = Prieš siųsdamas gali pakeisti bet kurį atsakymą.
skipped = Praleista
change = Keisti
change-which = savo atsakymą į: { $question }
another-code = Kitas kodas
send-answers = Siųsti mano atsakymus
nothing-answered = Dar neatsakyta nė į vieną klausimą. Prieš siunčiant atsakyk bent į vieną arba išeik, jei nenori.
kiosk-send-lead = Tai visi klausimai. Siųsk atsakymus, kai būsi pasiruošęs ar pasiruošusi.
kiosk-next = Kitas žmogus
kiosk-ended = Čia ši apklausa nebepriima atsakymų. Pasakyk tai žmogui, kuris ją veda.

## Thank you

thanks-title = Ačiū
thanks-help-heading = Ačiū, kad mums pasakei
thanks-help-lead = Iš kai kurių tavo atsakymų atrodo, kad tau dabar gali būti sunku. Tau nereikia su tuo susidoroti vienam.
thanks-danger = Jei tau dabar gresia pavojus, skambink { $emergency }.
thanks-help-contact = Tavo atsakymuose nėra tavo vardo, todėl negalime tavęs pagal juos surasti. Jei nori, kad kas nors su tavimi susisiektų, { $link }.
contact-link = pasakyk mums, kaip su tavimi susisiekti
thanks-sent = Tavo atsakymai išsiųsti
thanks-help-sent = Ant atsakymų nėra tavo vardo, todėl niekas negali pasakyti, kurie atsakymai tavo.
thanks-thank-you = Ačiū.
thanks-default = Ačiū, kad pasakei, ką galvoji. Tai tikrai svarbu.
thanks-next = Kas bus toliau
thanks-next-read = Pažado ambasadoriai ir dalyvavimo komanda perskaito, ką visi pasakė. Niekas negali pasakyti, kurie atsakymai yra tavo.
thanks-next-publish = Tada paskelbiame „Jūs pasakėte, mes padarėme“: ką mums pasakė jaunuoliai ir kas dėl to keičiasi.
thanks-read-reports = Skaityti „Jūs pasakėte, mes padarėme“
thanks-talk-heading = Ar norėtum, kad kas nors su tavimi pasikalbėtų?
thanks-talk = Tavo atsakymai anonimiški. Jei nori, kad kas nors iš savivaldybės su tavimi susisiektų, { $link }.

## How things are changing (every priority over time)

dashboard-title = Kaip keičiasi dalykai
dashboard-lead = Ką jaunuoliai mums pasakė kiekvienoje apklausoje, kad matytum, ar dalykai gerėja.
dashboard-none = Čia dar nėra rezultatų, kuriuos galėtume parodyti.
trend-caption = Laikui bėgant: { $question }
trend-survey = Apklausa
trend-answered = Atsakė
trend-well-scale = Atsakė 4 arba 5
trend-well-yes = Atsakė „taip“
trend-change = Pokytis
trend-too-few = per mažai
trend-points =
    { $count ->
        [one] { $change } punktas
        [few] { $change } punktai
       *[other] { $change } punktų
    }

## When something goes wrong

error-not-found-title = Negalime rasti šio puslapio
error-not-found = Nuoroda gali būti neteisinga arba apklausa galėjo būti perkelta. Patikrink nuorodą savo kortelėje arba paklausk žmogaus, kuris tau ją davė.
error-forbidden-title = Čia to padaryti negali
error-forbidden = Tavo paskyra to neleidžia arba forma buvo per sena. Grįžk atgal, atnaujink puslapį ir bandyk dar kartą.
error-wait-title = Palauk truputį
error-wait = Iš čia buvo labai daug bandymų. Palauk 15 minučių ir bandyk dar kartą arba paprašyk pagalbos žmogaus, kuris davė tau kortelę.
error-broken-title = Atsiprašome, kažkas nepavyko
error-broken = Tai mūsų kaltė, ne tavo. Bandyk dar kartą po kelių minučių.
error-too-long-title = Per daug vienu kartu
error-too-long = Tai, kas išsiųsta, yra ilgiau, nei galime priimti. Grįžk, sutrumpink atsakymą ir bandyk dar kartą.
error-too-slow-title = Tai užtruko per ilgai
error-too-slow = Atsakymai keliavo per ilgai, todėl niekas neišsaugota. Patikrink ryšį, grįžk ir bandyk dar kartą.
error-unreadable-title = Negalime to perskaityti
error-unreadable = Tame, kas išsiųsta, yra ženklas, kurio negalime naudoti. Grįžk, patikrink, kas parašyta, ir bandyk dar kartą.

## Ask someone to contact you

contact-title = Paprašyk, kad kas nors su tavimi susisiektų
contact-not-anonymous = Tai nėra anonimiška.
contact-not-anonymous-more = Tai, ką čia parašysi, gaus savivaldybės budinti komanda, kad galėtų su tavimi susisiekti. Tai laikoma atskirai nuo tavo apklausos atsakymų, ir niekas negali jų susieti.
contact-within =
    { $days ->
        [one] Kas nors iš savivaldybės budinčios komandos susisieks su tavimi per { $days } darbo dieną.
        [few] Kas nors iš savivaldybės budinčios komandos susisieks su tavimi per { $days } darbo dienas.
       *[other] Kas nors iš savivaldybės budinčios komandos susisieks su tavimi per { $days } darbo dienų.
    }
contact-safe = Kaip mums saugu su tavimi susisiekti?
contact-safe-hint = Pažymėk visus būdus, kurie tau saugūs. Naudosime tik tuos, kuriuos pažymėsi.
contact-safe-call = Paskambinti
contact-safe-text = Parašyti žinutę
contact-safe-email = Parašyti el. laišką
contact-safe-in-person = Susitikti gyvai
contact-when = Kada tinkamas ir saugus laikas? (gali palikti tuščią)
contact-when-hint = Pavyzdžiui: po pamokų, savaitgaliais, ne vėliau nei 20 val.
contact-name = Kaip mums tave vadinti?
contact-how = Kaip galime su tavimi susisiekti?
contact-how-hint = Telefono numeris arba el. paštas, kurį galime naudoti.
contact-message = Ar norėtum dar ką nors mums pasakyti? (gali palikti tuščią)
contact-send = Siųsti
contact-childline = Jei tau pagalbos reikia dabar, skambink Childline { $phone } arba 999, jei tau gresia pavojus.
contact-error-name = Pasakyk, kaip tave vadinti. Tai gali būti slapyvardis
contact-error-how = Pasakyk, kaip galime su tavimi susisiekti
contact-error-safe = Pažymėk bent vieną būdą, kuriuo mums saugu susisiekti
contact-error-too-long = Parašyk ne daugiau kaip { $max } ženklų (dabar yra { $length })
contact-sent-title = Gavome tavo žinutę
contact-sent-lead =
    { $days ->
        [one] Kas nors iš savivaldybės budinčios komandos susisieks su tavimi per { $days } darbo dieną, tik tais būdais, kuriuos nurodei kaip saugius.
        [few] Kas nors iš savivaldybės budinčios komandos susisieks su tavimi per { $days } darbo dienas, tik tais būdais, kuriuos nurodei kaip saugius.
       *[other] Kas nors iš savivaldybės budinčios komandos susisieks su tavimi per { $days } darbo dienų, tik tais būdais, kuriuos nurodei kaip saugius.
    }
contact-sent-already = Per pastarąją valandą atsiuntei mums kelias žinutes, ir visos jos pasiekė budinčią komandą. Daugiau siųsti nereikia.

## You said, we did

reports-title = Jūs pasakėte, mes padarėme
reports-lead = Kai jaunuoliai mums pasako, kas svarbu, mes atsakome: ką pasakėte ir kas dėl to pasikeitė.
reports-none = Dar nepaskelbta jokių ataskaitų. Pirmoji atsiras čia, kai baigsis dabartinės apklausos.
all-reports = Visos ataskaitos
published-on = Paskelbta { $date }
you-said = Jūs pasakėte:
we-did = Mes padarėme:
we-will = Mes padarysime:
we-are-doing = Mes darome:
we-could-not = Mums nepavyko:
by-date = iki { $date }
why-not = Kodėl:
report-answers = Ši ataskaita atsako į: { $surveys }.
written-in-english = Tai, ką žmonės parašė šioje ataskaitoje, yra anglų kalba. Antraštės ir skaičiai yra tavo kalba.
status-planned = Mes tai padarysime
status-in-progress = Mes tai darome dabar
status-done = Padaryta
status-not-possible = Mums nepavyko to padaryti
priority-home = Namai
priority-education = Mokykla ir mokymasis
priority-health = Sveikata ir gera savijauta
priority-relationships = Svarbūs žmonės
priority-independence = Pasiruošimas ateičiai
figure-said = { $count } iš 10 jūsų atsakė { $answer }, kai paklausėme: { $question }
figure-either = „{ $good }“ arba „{ $best }“
figure-yes = „{ $answer }“

# Printed code cards
card-have-your-say = Pasakyk savo nuomonę. Nuskenuok kodą arba eik į:
card-your-code = Tavo kodas:
card-works-once = Kiekvienas kodas veikia vieną kartą. Niekada neklausiame tavo vardo.
card-no-name = Niekada neklausiame tavo vardo.
