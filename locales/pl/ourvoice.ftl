# ourvoice: Polski (Polish)
# needs-review: translated by the ourvoice team without a native speaker; please have a Polish
# speaker who works with children check every message before relying on it.

## Every page

skip-link = Przejdź do treści
help-now = Pomoc teraz
leave-site = Wyjdź z tej strony
leave-site-tip = Albo naciśnij dwa razy Esc
footer = Twój głos się liczy. Nigdy nie pytamy o Twoje imię.
footer-not-anonymous = Twój głos się liczy. To, co wysyłasz na tej stronie, czyta tylko zespół dyżurny.
go-to-start = Wróć na początek
back = Wstecz

## Dates

date = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

## The front door

home-title = Powiedz, co myślisz
home-lead = Krótkie ankiety napisane przez młodych ludzi w pieczy zastępczej, dla młodych ludzi w pieczy zastępczej. Nie musisz podawać swojego imienia.
home-none-open = Teraz nie ma otwartych ankiet. Zajrzyj tu wkrótce.
for-4-7 = Dla dzieci od 4 do 7 lat, z pomocą dorosłej osoby
for-8-11 = Dla dzieci od 8 do 11 lat
for-11-17 = Dla młodzieży od 11 do 17 lat
for-care-leavers = Dla osób opuszczających pieczę, od 16 do 25 lat
for-everyone = Dla wszystkich

## Get help now

help-danger = Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod { $emergency }.
help-talk = Porozmawiaj z kimś
help-childline = { $name }: zadzwoń pod { $phone }. Za darmo, o każdej porze, w dzień i w nocy. Połączenie nie pojawi się na rachunku.
help-always-heard = { $name } (Coram Voice), dla dzieci w pieczy i osób, które ją opuściły, które chcą rzecznika: zadzwoń pod { $phone }.
help-council-hours = { $name }: zadzwoń pod { $phone } (od poniedziałku do piątku, { $from }–{ $to }) i poproś o dział usług dla dzieci.
help-out-of-hours = O innych porach zadzwoń do zespołu dyżurnego rady pod { $phone }.
help-no-out-of-hours = O innych porach zadzwoń do Childline albo pod 999, jeśli grozi Ci niebezpieczeństwo.
help-childline-chat = Jeśli wolisz nie mówić na głos, możesz napisać do doradcy Childline na czacie: { $link }.
help-childline-chat-link = czat 1 na 1 Childline
help-contact = Jeśli chcesz, żeby ktoś z rady się z Tobą skontaktował, { $link }.
help-trusted-adult = Możesz też powiedzieć nauczycielowi, opiekunowi, swojemu pracownikowi socjalnemu albo innej dorosłej osobie, której ufasz.
help-back = Aby wrócić do ankiety, użyj przycisku „wstecz” w przeglądarce. Twoje dotychczasowe odpowiedzi są zapisane.

## A survey's first page

choose-language = Wybierz język:
questions-in-english = Pytania w tej ankiecie są na razie tylko po angielsku. Przyciski i pomoc są w Twoim języku.
takes-minutes =
    { $minutes ->
        [one] Zajmie to mniej więcej { $minutes } minutę.
        [few] Zajmie to mniej więcej { $minutes } minuty.
        [many] Zajmie to mniej więcej { $minutes } minut.
       *[other] Zajmie to mniej więcej { $minutes } minuty.
    }
can-skip = Możesz pominąć każde pytanie.
never-name = Nigdy nie pytamy o Twoje imię.
designed-by = Przygotowali: { $names }.
carry-on = Kontynuuj od miejsca, w którym była przerwa
or-start-again = Albo zacznij od nowa:
your-code = Twój kod
code-hint = Jest na Twojej karcie, na przykład K7QX-M3PA. Wielkie czy małe litery, to nie ma znaczenia.
start = Zacznij
start-again = Zacznij od nowa
helper-heading = Dla dorosłej osoby, która pomaga
helper-who = Prosimy o pomoc tylko wtedy, gdy nie jest się opiekunem tego dziecka, żeby mogło powiedzieć, co naprawdę myśli.
helper-how = Prosimy czytać na głos każde pytanie i odpowiedzi dokładnie tak, jak są napisane. Dziecko wybiera samo: prosimy nie podpowiadać. Zawsze można pominąć pytanie.
helper-worry = Jeśli dziecko powie coś niepokojącego, prosimy wysłuchać, nie obiecywać zachowania tajemnicy i postąpić zgodnie z procedurą ochrony dzieci. Na górze każdej strony, pod „{ help-now }”, są numery telefonów.
helper-ready = Możemy zaczynać
not-open = Ta ankieta nie przyjmuje teraz odpowiedzi. Dziękujemy, że chcesz wziąć udział.
opens-on = Otwiera się { $date }.
see-changes = Zobacz, co się zmieniło, bo młodzi ludzie zabrali głos

## Codes

code-missing = Wpisz kod ze swojej karty
code-malformed = Ten kod nie wygląda dobrze. Ma 8 liter i cyfr, na przykład K7QX-M3PA
code-unknown = Nie możemy znaleźć tego kodu albo został już użyty. Sprawdź go i spróbuj jeszcze raz albo zapytaj osobę, która dała Ci kartę
code-used = Ktoś już użył kodu z Twojej karty. Twoje odpowiedzi są bezpieczne: wpisz inny kod, żeby je wysłać

## One question

# Between the answers to a question that takes several.
list-separator = { ", " }
question-of = Pytanie { $number } z { $total }
cheer-half = Połowa za nami. Dziękujemy!
cheer-last = Ostatnie pytanie!
listen = Posłuchaj pytania i odpowiedzi
paper-how = Zaznacz jedno pole przy każdym pytaniu albo tyle, ile mówi pytanie. Można pominąć każde pytanie. Nie trzeba wpisywać swojego imienia ani niczyjego innego.
paper-only-if = Odpowiedz na to tylko wtedy, gdy odpowiedź na pytanie { $number } to { $answers }.
paper-give-back = Po skończeniu złóż kartkę i oddaj ją dorosłej osobie, która ją dała. Nikt nie będzie wiedzieć, która kartka jest Twoja.
continue = Dalej
skip-question = Pomiń to pytanie
write-up-to =
    { $max ->
        [one] Możesz napisać do { $max } znaku.
       *[other] Możesz napisać do { $max } znaków.
    }
scale-1 = Bardzo źle
scale-2 = Źle
scale-3 = W porządku
scale-4 = Dobrze
scale-5 = Bardzo dobrze
answer-yes = Tak
answer-no = Nie
answer-not-sure = Nie wiem
answer-one-text = Napisz swoją odpowiedź w polu.
answer-too-long = Twoja odpowiedź ma { $length } znaków. Skróć ją do { $max } znaków lub mniej.
answer-just-one = Wybierz tylko jedną odpowiedź.
answer-not-offered = Wybierz jedną z pokazanych odpowiedzi.

## Problems with what was sent

error-summary = Jest problem
error-prefix = Błąd:

## Check your answers

check-title = Sprawdź swoje odpowiedzi
check-lead = Możesz zmienić każdą odpowiedź, zanim je wyślesz.
skipped = Pominięte
change = Zmień
change-which = swoją odpowiedź na: { $question }
another-code = Inny kod
send-answers = Wyślij moje odpowiedzi
nothing-answered = Nie ma jeszcze żadnej odpowiedzi. Odpowiedz na co najmniej jedno pytanie przed wysłaniem albo wyjdź, jeśli nie chcesz.
kiosk-send-lead = To już wszystkie pytania. Wyślij odpowiedzi, kiedy wszystko będzie gotowe.
kiosk-next = Następna osoba
kiosk-ended = W tym miejscu ankieta już nie przyjmuje odpowiedzi. Powiedz o tym osobie, która ją prowadzi.

## Thank you

thanks-title = Dziękujemy
thanks-help-heading = Dziękujemy, że nam o tym mówisz
thanks-help-lead = Z niektórych Twoich odpowiedzi wygląda na to, że może być Ci teraz ciężko. Nie musisz radzić sobie z tym sam.
thanks-danger = Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod { $emergency }.
thanks-help-contact = Twoje odpowiedzi nie mają Twojego imienia, więc nie możemy Cię po nich znaleźć. Jeśli chcesz, żeby ktoś się z Tobą skontaktował, { $link }.
contact-link = powiedz nam, jak się z Tobą skontaktować
thanks-sent = Twoje odpowiedzi zostały wysłane
thanks-help-sent = Nie ma na nich Twojego imienia, więc nikt nie wie, które odpowiedzi są Twoje.
thanks-thank-you = Dziękujemy.
thanks-default = Dziękujemy za Twoje odpowiedzi. To, co myślisz, jest naprawdę ważne.
thanks-next = Co będzie dalej
thanks-next-read = Ambasadorzy Obietnicy i zespół ds. uczestnictwa czytają, co wszyscy napisali. Nikt nie może powiedzieć, które odpowiedzi są Twoje.
thanks-next-publish = Potem publikujemy „Powiedzieliście, zrobiliśmy”: co powiedzieli nam młodzi ludzie i co się dzięki temu zmienia.
thanks-read-reports = Przeczytaj „Powiedzieliście, zrobiliśmy”
thanks-talk-heading = Czy chcesz, żeby ktoś z Tobą porozmawiał?
thanks-talk = Twoje odpowiedzi są anonimowe. Jeśli chcesz, żeby ktoś z urzędu się z Tobą skontaktował, { $link }.

## How things are changing (every priority over time)

dashboard-title = Jak zmieniają się sprawy
dashboard-lead = Co młodzi ludzie powiedzieli nam w każdej ankiecie, żeby można było zobaczyć, czy jest coraz lepiej.
dashboard-none = Nie ma tu jeszcze wyników do pokazania.
trend-caption = Z czasem: { $question }
trend-survey = Ankieta
trend-answered = Odpowiedzi
trend-well-scale = Odpowiedzi 4 lub 5
trend-well-yes = Odpowiedzi „tak”
trend-change = Zmiana
trend-too-few = za mało
trend-points =
    { $count ->
        [one] { $change } punkt
        [few] { $change } punkty
       *[other] { $change } punktów
    }

## When something goes wrong

error-not-found-title = Nie możemy znaleźć tej strony
error-not-found = Link może być zły albo ankieta mogła zostać przeniesiona. Sprawdź link na swojej karcie albo zapytaj osobę, która Ci ją dała.
error-forbidden-title = Nie możesz tego tu zrobić
error-forbidden = Twoje konto na to nie pozwala albo formularz był zbyt stary. Wróć, odśwież stronę i spróbuj jeszcze raz.
error-wait-title = Poczekaj chwilę
error-wait = Z tego miejsca było bardzo dużo prób. Poczekaj 15 minut i spróbuj jeszcze raz albo poproś o pomoc osobę, która dała Ci kartę.
error-broken-title = Przepraszamy, coś poszło nie tak
error-broken = To nasza wina, nie Twoja. Spróbuj jeszcze raz za kilka minut.
error-too-long-title = To za dużo naraz
error-too-long = To, co wysłano, jest dłuższe, niż możemy przyjąć. Wróć, skróć odpowiedź i spróbuj jeszcze raz.
error-too-slow-title = To trwało za długo
error-too-slow = Odpowiedzi szły za długo, więc nic nie zostało zapisane. Sprawdź zasięg, wróć i spróbuj jeszcze raz.
error-unreadable-title = Nie możemy tego odczytać
error-unreadable = W tym, co wysłano, jest znak, którego nie możemy użyć. Wróć, sprawdź, co zostało wpisane, i spróbuj jeszcze raz.

## Ask someone to contact you

contact-title = Poproś, żeby ktoś się z Tobą skontaktował
contact-not-anonymous = To nie jest anonimowe.
contact-not-anonymous-more = To, co tu napiszesz, trafi do dyżurnego zespołu urzędu, żeby mógł się z Tobą skontaktować. Jest przechowywane osobno od Twoich odpowiedzi w ankiecie i nikt nie może ich połączyć.
contact-within =
    { $days ->
        [one] Ktoś z dyżurnego zespołu urzędu skontaktuje się z Tobą w ciągu { $days } dnia roboczego.
       *[other] Ktoś z dyżurnego zespołu urzędu skontaktuje się z Tobą w ciągu { $days } dni roboczych.
    }
contact-safe = Jak możemy się z Tobą bezpiecznie skontaktować?
contact-safe-hint = Zaznacz każdy sposób, który jest dla Ciebie bezpieczny. Użyjemy tylko tych, które zaznaczysz.
contact-safe-call = Zadzwonić
contact-safe-text = Wysłać SMS
contact-safe-email = Wysłać e-mail
contact-safe-in-person = Spotkać się osobiście
contact-when = Kiedy jest dobra i bezpieczna pora? (możesz zostawić puste)
contact-when-hint = Na przykład: po szkole, w weekendy, nie po 20:00.
contact-name = Jak mamy się do Ciebie zwracać?
contact-how = Jak możemy się z Tobą skontaktować?
contact-how-hint = Numer telefonu albo e-mail, z którego możemy skorzystać.
contact-message = Czy chcesz nam coś jeszcze powiedzieć? (możesz zostawić puste)
contact-send = Wyślij
contact-childline = Jeśli potrzebujesz pomocy teraz, zadzwoń do Childline pod { $phone } albo pod 999, jeśli jesteś w niebezpieczeństwie.
contact-error-name = Powiedz nam, jak mamy się do Ciebie zwracać. Może to być przezwisko
contact-error-how = Powiedz nam, jak możemy się z Tobą skontaktować
contact-error-safe = Zaznacz przynajmniej jeden bezpieczny sposób kontaktu
contact-error-too-long = Napisz tu najwyżej { $max } znaków (teraz jest { $length })
contact-sent-title = Mamy Twoją wiadomość
contact-sent-lead =
    { $days ->
        [one] Ktoś z dyżurnego zespołu urzędu skontaktuje się z Tobą w ciągu { $days } dnia roboczego, tylko w sposób zaznaczony jako bezpieczny.
       *[other] Ktoś z dyżurnego zespołu urzędu skontaktuje się z Tobą w ciągu { $days } dni roboczych, tylko w sposób zaznaczony jako bezpieczny.
    }
contact-sent-already = W ciągu ostatniej godziny przyszło od Ciebie kilka wiadomości i wszystkie dotarły do zespołu dyżurnego. Nie trzeba wysyłać kolejnej.

## You said, we did

reports-title = Powiedzieliście, zrobiliśmy
reports-lead = Kiedy młodzi ludzie mówią nam, co jest ważne, odpowiadamy: co powiedzieliście i co się dzięki temu zmieniło.
reports-none = Nie opublikowaliśmy jeszcze żadnego raportu. Pierwszy pojawi się tu po zamknięciu obecnych ankiet.
all-reports = Wszystkie raporty
published-on = Opublikowano { $date }
you-said = Powiedzieliście:
we-did = Zrobiliśmy:
we-will = Zrobimy:
we-are-doing = Robimy:
we-could-not = Nie udało się nam:
by-date = do { $date }
why-not = Dlaczego:
report-answers = Ten raport odpowiada na: { $surveys }.
written-in-english = To, co ludzie napisali w tym raporcie, jest po angielsku. Nagłówki i liczby są w Twoim języku.
status-planned = Zrobimy to
status-in-progress = Robimy to teraz
status-done = Zrobione
status-not-possible = Nie udało się tego zrobić
priority-home = Dom
priority-education = Szkoła i nauka
priority-health = Zdrowie i dobre samopoczucie
priority-relationships = Ważni ludzie
priority-independence = Przygotowanie do przyszłości
figure-said = { $count } na 10 z Was odpowiedziało { $answer } na pytanie: { $question }
figure-either = „{ $good }” albo „{ $best }”
figure-yes = „{ $answer }”

# Printed code cards
card-have-your-say = Powiedz, co myślisz. Zeskanuj kod albo wejdź na:
card-your-code = Twój kod:
card-works-once = Każdy kod działa raz. Nigdy nie pytamy o Twoje imię.
card-no-name = Nigdy nie pytamy o Twoje imię.
