# ourvoice: বাংলা (Bengali)
# needs-review: translated by the ourvoice team without a native speaker; please have a
# Bengali speaker who works with children check every message before relying on it.

## Every page

skip-link = মূল অংশে যাও
help-now = এখনই সাহায্য নাও
leave-site = এই সাইট ছেড়ে যাও
leave-site-tip = অথবা দুবার Esc চাপো
footer = তোমার কথা গুরুত্বপূর্ণ। আমরা কখনো তোমার নাম জিজ্ঞেস করি না।
footer-not-anonymous = তোমার কথা গুরুত্বপূর্ণ। এই পাতায় তুমি যা পাঠাও তা শুধু ডিউটি দল পড়ে।
go-to-start = শুরুতে যাও
back = পেছনে

## Dates

date = { $day } { $month } { $year }
month-1 = জানুয়ারি
month-2 = ফেব্রুয়ারি
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর

## The front door

home-title = তোমার মত জানাও
home-lead = যত্নে থাকা তরুণদের লেখা ছোট ছোট জরিপ, যত্নে থাকা তরুণদের জন্য। তোমাকে নাম দিতে হবে না।
home-none-open = এখন কোনো জরিপ খোলা নেই। শিগগিরই আবার এসো।
for-4-7 = ৪ থেকে ৭ বছরের শিশুদের জন্য, সাহায্য করার জন্য একজন বড়ো মানুষের সঙ্গে
for-8-11 = ৮ থেকে ১১ বছরের শিশুদের জন্য
for-11-17 = ১১ থেকে ১৭ বছরের তরুণদের জন্য
for-care-leavers = কেয়ার ছেড়ে যাওয়া তরুণদের জন্য, ১৬ থেকে ২৫ বছর
for-everyone = সবার জন্য

## Get help now

help-danger = তুমি যদি এখনই বিপদে থাকো, { $emergency } নম্বরে ফোন করো।
help-talk = কারো সাথে কথা বলো
help-childline = { $name }: { $phone } নম্বরে ফোন করো। বিনামূল্যে, দিনে বা রাতে যেকোনো সময়, আর এটা ফোনের বিলে দেখাবে না।
help-always-heard = { $name } (Coram Voice), যত্নে থাকা শিশু ও যত্ন ছেড়ে আসা তরুণদের জন্য যারা একজন সহায়ক চায়: { $phone } নম্বরে ফোন করো।
help-council-hours = { $name }: { $phone } নম্বরে ফোন করো (সোমবার থেকে শুক্রবার, { $from } থেকে { $to }) এবং শিশু পরিষেবা চাও।
help-out-of-hours = অন্য সময়ে, কাউন্সিলের অফিস-সময়ের বাইরের দলকে { $phone } নম্বরে ফোন করো।
help-no-out-of-hours = অন্য সময়ে Childline-এ ফোন করো, আর বিপদে থাকলে 999-এ।
help-childline-chat = জোরে কথা বলতে না চাইলে, অনলাইনে Childline-এর একজন পরামর্শদাতার সাথে চ্যাট করতে পারো: { $link }।
help-childline-chat-link = Childline ১-১ চ্যাট
help-contact = কাউন্সিলের কেউ তোমার সাথে যোগাযোগ করুক চাইলে, { $link }।
help-trusted-adult = তুমি একজন শিক্ষক, তোমার যত্নকারী, তোমার সমাজকর্মী বা অন্য কোনো বিশ্বস্ত বড় মানুষকেও বলতে পারো।
help-back = জরিপে ফিরে যেতে ব্রাউজারের পেছনের বোতাম ব্যবহার করো। এখন পর্যন্ত তোমার উত্তরগুলো সংরক্ষিত আছে।

## A survey's first page

choose-language = তোমার ভাষা বেছে নাও:
questions-in-english = এই জরিপের প্রশ্নগুলো এখন শুধু ইংরেজিতে আছে। বোতাম আর সাহায্য তোমার ভাষায়।
takes-minutes =
    { $minutes ->
        [one] প্রায় { $minutes } মিনিট লাগবে।
       *[other] প্রায় { $minutes } মিনিট লাগবে।
    }
can-skip = তুমি যেকোনো প্রশ্ন বাদ দিতে পারো।
never-name = আমরা কখনো তোমার নাম জিজ্ঞেস করি না।
designed-by = তৈরি করেছে: { $names }।
carry-on = যেখানে থেমেছিলে সেখান থেকে চালিয়ে যাও
or-start-again = অথবা আবার শুরু করো:
your-code = তোমার কোড
code-hint = এটা তোমার কার্ডে আছে, যেমন K7QX-M3PA। বড় হাতের বা ছোট হাতের অক্ষর, কিছু যায় আসে না।
start = শুরু করো
start-again = আবার শুরু করো
helper-heading = সাহায্যকারী বড়ো মানুষের জন্য
helper-who = আপনি যদি এই শিশুর দেখাশোনাকারী না হন, শুধু তাহলেই সাহায্য করুন, যাতে শিশুটি মন খুলে বলতে পারে।
helper-how = প্রতিটি প্রশ্ন ও উত্তর যেমন লেখা আছে ঠিক তেমনভাবে জোরে পড়ুন। শিশুকে নিজে বেছে নিতে দিন, কোনো উত্তর বলে দেবেন না। যেকোনো প্রশ্ন বাদ দেওয়া যায়।
helper-worry = শিশু যদি চিন্তার কিছু বলে, মন দিয়ে শুনুন, গোপন রাখার প্রতিশ্রুতি দেবেন না, এবং শিশু সুরক্ষা নিয়ম মেনে চলুন। প্রতিটি পাতার উপরে "{ help-now }"-এ ফোন নম্বর আছে।
helper-ready = আমরা শুরু করতে প্রস্তুত
not-open = এই জরিপে এখন উত্তর নেওয়া হচ্ছে না। অংশ নিতে চাওয়ার জন্য ধন্যবাদ।
opens-on = এটা খুলবে { $date } তারিখে।
see-changes = তরুণরা কথা বলেছে বলে কী বদলেছে দেখো

## Codes

code-missing = তোমার কার্ডের কোডটা লেখো
code-malformed = কোডটা ঠিক মনে হচ্ছে না। এতে ৮টা অক্ষর ও সংখ্যা থাকে, যেমন K7QX-M3PA
code-unknown = আমরা কোডটা খুঁজে পাইনি, অথবা এটা আগেই ব্যবহার হয়েছে। দেখে আবার চেষ্টা করো, অথবা যে তোমাকে কার্ডটা দিয়েছে তাকে জিজ্ঞেস করো
code-used = তোমার কার্ডের কোডটা কেউ আগেই ব্যবহার করেছে। তোমার উত্তরগুলো নিরাপদ আছে: পাঠাতে আরেকটা কোড লেখো

## One question

# Between the answers to a question that takes several.
list-separator = { ", " }
question-of = প্রশ্ন { $number }, মোট { $total }টির মধ্যে
cheer-half = অর্ধেক হয়ে গেছে। ধন্যবাদ!
cheer-last = এটাই শেষ প্রশ্ন!
listen = প্রশ্ন আর উত্তরগুলো শোনো
paper-how = প্রতিটি প্রশ্নের জন্য একটি ঘরে টিক দাও, অথবা প্রশ্নে যতগুলো বলা আছে ততগুলোতে। যেকোনো প্রশ্ন বাদ দিতে পারো। নিজের বা অন্য কারো নাম লিখবে না।
paper-only-if = প্রশ্ন { $number }-এর উত্তর { $answers } হলে তবেই এটির উত্তর দাও।
paper-give-back = শেষ হলে কাগজটি ভাঁজ করে যে বড় মানুষ তোমাকে দিয়েছেন তাকে ফেরত দাও। কোন কাগজটা তোমার, তা কেউ জানবে না।
continue = এগিয়ে যাও
skip-question = এই প্রশ্নটা বাদ দাও
write-up-to =
    { $max ->
        [one] তুমি সর্বোচ্চ { $max }টি অক্ষর লিখতে পারো।
       *[other] তুমি সর্বোচ্চ { $max }টি অক্ষর লিখতে পারো।
    }
scale-1 = খুব খারাপ
scale-2 = খারাপ
scale-3 = মোটামুটি
scale-4 = ভালো
scale-5 = খুব ভালো
answer-yes = হ্যাঁ
answer-no = না
answer-not-sure = নিশ্চিত নই
answer-one-text = তোমার উত্তরটা বাক্সে লেখো।
answer-too-long = তোমার উত্তর { $length }টি অক্ষরের। দয়া করে { $max }টি অক্ষর বা তার কম রাখো।
answer-just-one = দয়া করে শুধু একটা উত্তর বেছে নাও।
answer-not-offered = দয়া করে দেখানো উত্তরগুলোর একটা বেছে নাও।

## Problems with what was sent

error-summary = একটা সমস্যা আছে
error-prefix = ভুল:

## Check your answers

check-title = তোমার উত্তরগুলো দেখে নাও
check-lead = পাঠানোর আগে তুমি যেকোনো উত্তর বদলাতে পারো।
skipped = বাদ দেওয়া হয়েছে
change = বদলাও
change-which = এই প্রশ্নে তোমার উত্তর: { $question }
another-code = আরেকটা কোড
send-answers = আমার উত্তর পাঠাও
nothing-answered = তুমি এখনও কোনো প্রশ্নের উত্তর দাওনি। পাঠানোর আগে অন্তত একটি প্রশ্নের উত্তর দাও, অথবা না চাইলে চলে যাও।
kiosk-send-lead = সব প্রশ্ন শেষ। তৈরি হলে তোমার উত্তরগুলো পাঠাও।
kiosk-next = পরের জন
kiosk-ended = এখানে এই জরিপে আর উত্তর নেওয়া হচ্ছে না। যিনি এটি চালাচ্ছেন তাকে জানাও।

## Thank you

thanks-title = ধন্যবাদ
thanks-help-heading = আমাদের জানানোর জন্য ধন্যবাদ
thanks-help-lead = তোমার কিছু উত্তর শুনে মনে হচ্ছে এখন হয়তো সময়টা কঠিন যাচ্ছে। তোমাকে একা এটা সামলাতে হবে না।
thanks-danger = তুমি যদি এখন বিপদে থাকো, { $emergency } নম্বরে ফোন করো।
thanks-help-contact = তোমার উত্তরে তোমার নাম নেই, তাই উত্তর দেখে আমরা তোমাকে খুঁজে পাব না। তুমি যদি চাও কেউ তোমার সাথে যোগাযোগ করুক, { $link }।
contact-link = আমাদের বলো কীভাবে তোমার কাছে পৌঁছাব
thanks-sent = তোমার উত্তর পাঠানো হয়েছে
thanks-help-sent = উত্তরগুলোতে তোমার নাম নেই, তাই কেউ বুঝতে পারবে না কোন উত্তরগুলো তোমার।
thanks-thank-you = ধন্যবাদ।
thanks-default = তুমি কী ভাবো তা আমাদের জানানোর জন্য ধন্যবাদ। এটা সত্যিই গুরুত্বপূর্ণ।
thanks-next = এরপর কী হবে
thanks-next-read = প্রতিশ্রুতি দূতেরা আর অংশগ্রহণ দল সবার কথা পড়ে। কোন উত্তরগুলো তোমার, কেউ বলতে পারবে না।
thanks-next-publish = তারপর আমরা প্রকাশ করি "তোমরা বলেছ, আমরা করেছি": তরুণরা আমাদের কী বলেছে, আর তার ফলে কী বদলাচ্ছে।
thanks-read-reports = "তোমরা বলেছ, আমরা করেছি" পড়ো
thanks-talk-heading = তুমি কি চাও কেউ তোমার সাথে কথা বলুক?
thanks-talk = তোমার উত্তরগুলো নামহীন। তুমি যদি চাও কাউন্সিলের কেউ তোমার সাথে যোগাযোগ করুক, { $link }।

## How things are changing (every priority over time)

dashboard-title = অবস্থা কীভাবে বদলাচ্ছে
dashboard-lead = প্রতিটি জরিপে তরুণরা আমাদের কী বলেছে, যাতে তুমি দেখতে পারো অবস্থা ভালো হচ্ছে কিনা।
dashboard-none = এখানে দেখানোর মতো কোনো ফলাফল এখনো নেই।
trend-caption = সময়ের সাথে: { $question }
trend-survey = জরিপ
trend-answered = উত্তর দিয়েছে
trend-well-scale = ৪ বা ৫ দিয়েছে
trend-well-yes = হ্যাঁ বলেছে
trend-change = পরিবর্তন
trend-too-few = খুব কম
trend-points =
    { $count ->
        [one] { $change } পয়েন্ট
       *[other] { $change } পয়েন্ট
    }

## When something goes wrong

error-not-found-title = আমরা পাতাটা খুঁজে পাচ্ছি না
error-not-found = লিংকটা ভুল হতে পারে, অথবা জরিপটা সরানো হয়েছে। তোমার কার্ডের লিংকটা দেখো, অথবা যে তোমাকে কার্ডটা দিয়েছে তাকে জিজ্ঞেস করো।
error-forbidden-title = তুমি এখানে এটা করতে পারবে না
error-forbidden = তোমার অ্যাকাউন্টে এটা করা যায় না, অথবা ফর্মটা অনেক পুরনো হয়ে গেছে। পেছনে যাও, পাতাটা আবার লোড করো এবং আবার চেষ্টা করো।
error-wait-title = একটু অপেক্ষা করো
error-wait = এখান থেকে অনেকবার চেষ্টা করা হয়েছে। ১৫ মিনিট অপেক্ষা করে আবার চেষ্টা করো, অথবা যে তোমাকে কার্ডটা দিয়েছে তার সাহায্য চাও।
error-broken-title = দুঃখিত, কিছু একটা ভুল হয়েছে
error-broken = এটা আমাদের ভুল, তোমার নয়। কয়েক মিনিট পরে আবার চেষ্টা করো।
error-too-long-title = এটা পাঠানোর জন্য খুব বেশি
error-too-long = যা পাঠানো হয়েছে তা আমরা যতটা নিতে পারি তার চেয়ে লম্বা। ফিরে যাও, উত্তর ছোট করো এবং আবার চেষ্টা করো।
error-too-slow-title = এতে অনেক সময় লেগেছে
error-too-slow = তোমার উত্তর আসতে অনেক দেরি হয়েছে, তাই কিছু সংরক্ষণ হয়নি। নেটওয়ার্ক দেখে ফিরে যাও এবং আবার চেষ্টা করো।
error-unreadable-title = আমরা এটা পড়তে পারিনি
error-unreadable = যা পাঠানো হয়েছে তাতে এমন একটি অক্ষর আছে যা আমরা ব্যবহার করতে পারি না। ফিরে যাও, যা লিখেছ তা দেখে আবার চেষ্টা করো।

## Ask someone to contact you

contact-title = কাউকে তোমার সাথে যোগাযোগ করতে বলো
contact-not-anonymous = এটা নামহীন নয়।
contact-not-anonymous-more = তুমি এখানে যা লিখবে তা কাউন্সিলের ডিউটি দলের কাছে যাবে, যাতে তারা তোমার সাথে যোগাযোগ করতে পারে। এটা তোমার জরিপের উত্তর থেকে আলাদা রাখা হয়, আর কেউ দুটো মেলাতে পারে না।
contact-within = কাউন্সিলের ডিউটি দলের কেউ { $days } কার্যদিবসের মধ্যে তোমার সাথে যোগাযোগ করবে।
contact-safe = কীভাবে যোগাযোগ করলে তোমার জন্য নিরাপদ?
contact-safe-hint = যেগুলো তোমার জন্য নিরাপদ সবগুলোতে টিক দাও। আমরা শুধু সেগুলোই ব্যবহার করব।
contact-safe-call = ফোন করা
contact-safe-text = মেসেজ পাঠানো
contact-safe-email = ইমেইল করা
contact-safe-in-person = সামনাসামনি দেখা করা
contact-when = কোন সময়টা ভালো আর নিরাপদ? (খালি রাখতে পারো)
contact-when-hint = যেমন: স্কুলের পরে, সপ্তাহান্তে, রাত ৮টার পরে নয়।
contact-name = তোমাকে কী নামে ডাকব?
contact-how = কীভাবে তোমার কাছে পৌঁছাব?
contact-how-hint = একটা ফোন নম্বর বা ইমেইল, যেটা আমরা ব্যবহার করতে পারি।
contact-message = আর কিছু কি আমাদের জানাতে চাও? (খালি রাখতে পারো)
contact-send = পাঠাও
contact-childline = এখনই সাহায্য দরকার হলে Childline-এ { $phone } নম্বরে ফোন করো, আর বিপদে থাকলে 999-এ।
contact-error-name = তোমাকে কী নামে ডাকব বলো। এটা একটা ডাকনাম হতে পারে
contact-error-how = কীভাবে তোমার কাছে পৌঁছাব বলো
contact-error-safe = অন্তত একটা নিরাপদ উপায়ে টিক দাও
contact-error-too-long = দয়া করে এটা { $max }টি অক্ষর বা তার কম রাখো (এখন { $length }টি)
contact-sent-title = তোমার বার্তা পেয়েছি
contact-sent-lead = কাউন্সিলের ডিউটি দলের কেউ { $days } কার্যদিবসের মধ্যে তোমার সাথে যোগাযোগ করবে, শুধু সেই উপায়ে যেগুলো তুমি নিরাপদ বলেছ।
contact-sent-already = তুমি গত এক ঘণ্টায় আমাদের কয়েকটা বার্তা পাঠিয়েছ, আর সবগুলোই ডিউটি দলের কাছে পৌঁছেছে। আরেকটা পাঠানোর দরকার নেই।

## You said, we did

reports-title = তোমরা বলেছ, আমরা করেছি
reports-lead = তরুণরা যখন আমাদের বলে কী গুরুত্বপূর্ণ, আমরা উত্তর লিখি: তোমরা কী বলেছ, আর তার ফলে কী বদলেছে।
reports-none = এখনো কোনো প্রতিবেদন প্রকাশ হয়নি। এখনকার জরিপগুলো শেষ হলে প্রথমটা এখানে আসবে।
all-reports = সব প্রতিবেদন
published-on = প্রকাশিত { $date }
you-said = তোমরা বলেছ:
we-did = আমরা করেছি:
we-will = আমরা করব:
we-are-doing = আমরা করছি:
we-could-not = আমরা পারিনি:
by-date = { $date } এর মধ্যে
why-not = কেন:
report-answers = এই প্রতিবেদন উত্তর দেয়: { $surveys }।
written-in-english = এই প্রতিবেদনে মানুষ যা লিখেছে তা ইংরেজিতে। শিরোনাম আর সংখ্যাগুলো তোমার ভাষায়।
status-planned = আমরা এটা করব
status-in-progress = আমরা এখন এটা করছি
status-done = করা হয়েছে
status-not-possible = আমরা এটা করতে পারিনি
priority-home = বাসা
priority-education = স্কুল ও শেখা
priority-health = স্বাস্থ্য ও ভালো থাকা
priority-relationships = যারা গুরুত্বপূর্ণ
priority-independence = ভবিষ্যতের জন্য প্রস্তুতি
figure-said = আমরা যখন জিজ্ঞেস করেছিলাম: { $question }, তোমাদের প্রতি ১০ জনে { $count } জন বলেছে { $answer }
figure-either = "{ $good }" বা "{ $best }"
figure-yes = "{ $answer }"

# Printed code cards
card-have-your-say = আপনার মত জানান। কোডটি স্ক্যান করুন বা যান:
card-your-code = আপনার কোড:
card-works-once = প্রতিটি কোড একবারই কাজ করে। আমরা কখনও আপনার নাম জিজ্ঞেস করি না।
card-no-name = আমরা কখনও আপনার নাম জিজ্ঞেস করি না।
