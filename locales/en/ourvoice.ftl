# ourvoice: every word a child or young person reads, in plain English (ages 4 to 25).
# Other languages copy these ids; anything missing there is shown in English.
# Words in { $braces } are filled in by ourvoice; keep them as they are.

## Every page

skip-link = Skip to main content
help-now = Get help now
leave-site = Leave this site
leave-site-tip = Or press Esc twice
footer = Your voice matters. We never ask your name.
footer-not-anonymous = Your voice matters. Only the duty team reads what you send on this page.
go-to-start = Go to the start
back = Back

## Dates: { $day } { $month } { $year }

date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## The front door

home-title = Have your say
home-lead = Short surveys written by young people in care, for young people in care. You don't have to give your name.
home-none-open = There are no surveys open right now. Please come back soon.
for-4-7 = For 4 to 7 year olds, with a grown-up to help
for-8-11 = For 8 to 11 year olds
for-11-17 = For 11 to 17 year olds
for-care-leavers = For care leavers, 16 to 25
for-everyone = For everyone

## Get help now

help-danger = If you are in danger right now, call { $emergency }.
help-talk = Talk to someone
help-childline = { $name }: call { $phone }. Free, any time, day or night, and it won't show on the phone bill.
help-always-heard = { $name } (Coram Voice), for children in care and care leavers who want an advocate: call { $phone }.
help-council-hours = { $name }: call { $phone } (Monday to Friday, { $from } to { $to }) and ask for children's services.
help-out-of-hours = At other times, call the council's out-of-hours team on { $phone }.
help-no-out-of-hours = At other times, call Childline, or 999 if you are in danger.
help-childline-chat = If you'd rather not talk out loud, you can chat to a Childline counsellor online: { $link }.
help-childline-chat-link = Childline 1-2-1 chat
help-contact = If you'd like someone from the council to get in touch with you, { $link }.
help-trusted-adult = You can also tell a teacher, a carer, your social worker or another adult you trust.
help-back = To go back to your survey, use your browser's back button. Your answers so far are saved.

## A survey's first page

choose-language = Choose your language:
questions-in-english = The questions in this survey are only in English for now. The buttons and help are in your language.
takes-minutes =
    { $minutes ->
        [one] It takes about { $minutes } minute.
       *[other] It takes about { $minutes } minutes.
    }
can-skip = You can skip any question.
never-name = We never ask your name.
designed-by = Designed by { $names }.
carry-on = Carry on where you left off
or-start-again = Or start again:
your-code = Your code
code-hint = It is on your card, like K7QX-M3PA. Capital letters or not, it doesn't matter.
start = Start
start-again = Start again
helper-heading = For the grown-up helping
helper-who = Please help only if you are not this child's carer, so they can say what they really think.
helper-how = Read each question and its answers out loud, just as they are written. Let the child choose, and don't suggest an answer. Skipping is always fine.
helper-worry = If the child tells you something worrying, listen, don't promise to keep it secret, and follow your safeguarding procedure. "{ help-now }" at the top of every page has numbers to call.
helper-ready = We're ready to start
not-open = This survey isn't open for answers right now. Thank you for wanting to take part.
opens-on = It opens on { $date }.
see-changes = See what changed because young people spoke up

## Codes

code-missing = Type the code from your card
code-malformed = That code doesn't look right. It has 8 letters and numbers, like K7QX-M3PA
code-unknown = We couldn't find that code, or it has already been used. Check it and try again, or ask the person who gave you the card
code-used = Someone has already used the code on your card. Your answers are safe: type another code to send them

## One question

# Between the answers to a question that takes several.
list-separator = { ", " }
question-of = Question { $number } of { $total }
cheer-half = You're halfway there. Thank you!
cheer-last = Last question!
listen = Listen to the question and its answers
paper-how = Tick one box for each question, or as many as a question says. You can skip any question. Don't write your name, or anyone else's.
paper-only-if = Only answer this if your answer to question { $number } was { $answers }.
paper-give-back = When you have finished, fold this sheet and give it back to the grown-up who gave it to you. Nobody will know which sheet is yours.
continue = Continue
skip-question = Skip this question
write-up-to =
    { $max ->
        [one] You can write up to { $max } letter.
       *[other] You can write up to { $max } letters and spaces.
    }
scale-1 = Really bad
scale-2 = Bad
scale-3 = OK
scale-4 = Good
scale-5 = Really good
answer-yes = Yes
answer-no = No
answer-not-sure = Not sure
answer-one-text = Please write your answer in the box.
answer-too-long = Your answer has { $length } letters and spaces. Please make it { $max } or fewer.
answer-just-one = Please choose just one answer.
answer-not-offered = Please choose one of the answers shown.

## Problems with what was sent

error-summary = There is a problem
error-prefix = Error:

## Check your answers

check-title = Check your answers
check-lead = You can change any answer before you send them.
skipped = Skipped
change = Change
change-which = your answer to: { $question }
another-code = Another code
send-answers = Send my answers
nothing-answered = You haven't answered any questions yet. Answer at least one before you send, or leave if you'd rather not.
kiosk-send-lead = That's all the questions. Send your answers when you're ready.
kiosk-next = Next person
kiosk-ended = This survey has stopped taking answers here. Please tell the person running it.

## Thank you

thanks-title = Thank you
thanks-help-heading = Thank you for telling us
thanks-help-lead = Some of your answers sound like things might be hard right now. You don't have to deal with it on your own.
thanks-danger = If you are in danger now, call { $emergency }.
thanks-help-contact = Your answers don't have your name on them, so we can't find you from them. If you'd like someone to get in touch, { $link }.
contact-link = tell us how to reach you
thanks-sent = Your answers have been sent
thanks-help-sent = They don't have your name on them, so nobody can tell which answers are yours.
thanks-thank-you = Thank you.
thanks-default = Thank you for telling us what you think. It really matters.
thanks-next = What happens next
thanks-next-read = Promise Ambassadors, who are young people in care, and council staff read what everyone says. Nobody can tell which answers are yours.
thanks-next-publish = Then we publish "You said, we did": what young people told us, and what is changing because of it.
thanks-read-reports = Read "You said, we did"
thanks-talk-heading = Would you like someone to talk to you?
thanks-talk = We don't know who you are. If you'd like someone from the council to get in touch, { $link }.

## How things are changing (every priority over time)

dashboard-title = How things are changing
dashboard-lead = What young people told us in each survey, so you can see if things are getting better.
dashboard-none = No results to show here yet.
trend-caption = Over time: { $question }
trend-survey = Survey
trend-answered = Answered
trend-well-scale = Answering 4 or 5
trend-well-yes = Answering yes
trend-change = Change
trend-too-few = too few
trend-points =
    { $count ->
        [one] { $change } point
       *[other] { $change } points
    }

## When something goes wrong

error-not-found-title = We can't find that page
error-not-found = The link may be wrong, or the survey may have moved. Check the link on your card, or ask the person who gave it to you.
error-forbidden-title = You can't do that here
error-forbidden = Your account doesn't allow this, or the form was too old. Go back, reload the page and try again.
error-wait-title = Please wait a little while
error-wait = There have been a lot of tries from here. Please wait 15 minutes and try again, or ask the person who gave you your card for help.
error-broken-title = Sorry, something went wrong
error-broken = This is our fault, not yours. Please try again in a few minutes.
error-too-long-title = That was too much to send
error-too-long = What you sent is longer than we can take. Go back, make your answer shorter and try again.
error-too-slow-title = That took too long
error-too-slow = Your answers took too long to arrive, so nothing was saved. Check your signal, then go back and try again.
error-unreadable-title = We couldn't read that
error-unreadable = What you sent has a character in it that we can't use. Go back, check what you typed and try again.

## Ask someone to contact you

contact-title = Ask someone to contact you
contact-not-anonymous = This is not anonymous.
contact-not-anonymous-more = What you write here goes to the council's duty team so they can get in touch with you. It is kept apart from your survey answers, and nobody can match the two.
contact-within =
    { $days ->
        [one] Someone from the council's duty team will get in touch within { $days } working day.
       *[other] Someone from the council's duty team will get in touch within { $days } working days.
    }
contact-safe = How is it safe for us to get in touch?
contact-safe-hint = Tick every way that is safe for you. We will only use the ones you tick.
contact-safe-call = Call you
contact-safe-text = Send you a text
contact-safe-email = Email you
contact-safe-in-person = Meet you in person
contact-when = When is a good, safe time? (you can leave this empty)
contact-when-hint = For example: after school, at weekends, not after 8pm.
contact-name = What should we call you?
contact-how = How can we reach you?
contact-how-hint = A phone number or an email we can use.
contact-message = Anything you'd like us to know? (you can leave this empty)
contact-send = Send
contact-childline = If you need help right now, call Childline on { $phone }, or 999 if you are in danger.
contact-error-name = Tell us what to call you. It can be a nickname
contact-error-how = Tell us how we can reach you
contact-error-safe = Tick at least one way that is safe for us to get in touch
contact-error-too-long = Please keep this to { $max } characters or fewer (it is { $length } now)
contact-sent-title = We've got your message
contact-sent-lead =
    { $days ->
        [one] Someone from the council's duty team will get in touch within { $days } working day, only in the ways you said are safe.
       *[other] Someone from the council's duty team will get in touch within { $days } working days, only in the ways you said are safe.
    }
contact-sent-already = You've sent us a few messages in the last hour, and they have all reached the duty team. You don't need to send another one.

## You said, we did

reports-title = You said, we did
reports-lead = When young people tell us what matters, we write back: what you said, and what changed because of it.
reports-none = No reports have been published yet. The first one will appear here after the current surveys close.
all-reports = All reports
published-on = Published { $date }
you-said = You said:
we-did = We did:
we-will = We will:
we-are-doing = We are doing:
we-could-not = We could not:
by-date = by { $date }
why-not = Why:
report-answers = This report answers: { $surveys }.
written-in-english = What people wrote in this report is in English. The headings and figures are in your language.
status-planned = We will do this
status-in-progress = We are doing this now
status-done = Done
status-not-possible = We could not do this
priority-home = Home
priority-education = School and learning
priority-health = Health and feeling well
priority-relationships = People who matter
priority-independence = Getting ready for the future
figure-said = { $count } in 10 of you said { $answer } when we asked: { $question }
figure-either = “{ $good }” or “{ $best }”
figure-yes = “{ $answer }”

# Printed code cards
card-have-your-say = Have your say. Scan the code or go to:
card-your-code = Your code:
card-works-once = Each code works once. We never ask your name.
card-no-name = We never ask your name.
