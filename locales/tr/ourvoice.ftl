# ourvoice: Türkçe (Turkish)
# needs-review: translated by the ourvoice team without a native speaker; please have a
# Turkish speaker who works with children check every message before relying on it.

## Every page

skip-link = Ana içeriğe geç
help-now = Hemen yardım al
leave-site = Bu siteden çık
leave-site-tip = Ya da iki kez Esc tuşuna bas
footer = Sesin önemli. Adını asla sormayız.
footer-not-anonymous = Sesin önemli. Bu sayfada gönderdiklerini yalnızca nöbetçi ekip okur.
go-to-start = Başa dön
back = Geri

## Dates

date = { $day } { $month } { $year }
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık

## The front door

home-title = Fikrini söyle
home-lead = Bakım altındaki gençlerin, bakım altındaki gençler için yazdığı kısa anketler. Adını vermek zorunda değilsin.
home-none-open = Şu anda açık anket yok. Lütfen yakında tekrar gel.
for-4-7 = 4-7 yaş çocuklar için, yardım eden bir yetişkinle
for-8-11 = 8-11 yaş çocuklar için
for-11-17 = 11-17 yaş gençler için
for-care-leavers = Bakımdan ayrılan gençler için, 16-25 yaş
for-everyone = Herkes için

## Get help now

help-danger = Şu anda tehlikedeysen { $emergency } numarasını ara.
help-talk = Biriyle konuş
help-childline = { $name }: { $phone } numarasını ara. Ücretsiz, gece gündüz her zaman, ve telefon faturasında görünmez.
help-always-heard = { $name } (Coram Voice), bakım altındaki ve bakımdan ayrılmış, bir savunucu isteyen gençler için: { $phone } numarasını ara.
help-council-hours = { $name }: { $phone } numarasını ara (Pazartesiden cumaya, { $from }–{ $to } arası) ve çocuk hizmetlerini iste.
help-out-of-hours = Diğer saatlerde belediyenin mesai dışı ekibini { $phone } numarasından ara.
help-no-out-of-hours = Diğer saatlerde Childline'ı ara, tehlikedeysen 999'u ara.
help-childline-chat = Sesli konuşmak istemezsen, bir Childline danışmanıyla internetten yazışabilirsin: { $link }.
help-childline-chat-link = Childline bire bir sohbet
help-contact = Belediyeden birinin seninle iletişime geçmesini istersen, { $link }.
help-trusted-adult = Bir öğretmene, bakıcına, sosyal hizmet uzmanına ya da güvendiğin başka bir yetişkine de söyleyebilirsin.
help-back = Ankete dönmek için tarayıcının geri düğmesini kullan. Şimdiye kadarki cevapların kaydedildi.

## A survey's first page

choose-language = Dilini seç:
questions-in-english = Bu anketin soruları şimdilik sadece İngilizce. Düğmeler ve yardım senin dilinde.
takes-minutes =
    { $minutes ->
        [one] Yaklaşık { $minutes } dakika sürer.
       *[other] Yaklaşık { $minutes } dakika sürer.
    }
can-skip = İstediğin soruyu atlayabilirsin.
never-name = Adını asla sormayız.
designed-by = Hazırlayanlar: { $names }.
carry-on = Kaldığın yerden devam et
or-start-again = Ya da baştan başla:
your-code = Kodun
code-hint = Kartının üzerinde, örneğin K7QX-M3PA. Büyük ya da küçük harf fark etmez.
start = Başla
start-again = Baştan başla
helper-heading = Yardım eden yetişkin için
helper-who = Lütfen yalnızca bu çocuğun bakımını üstlenen kişi değilseniz yardım edin; böylece çocuk gerçekten ne düşündüğünü söyleyebilir.
helper-how = Her soruyu ve cevaplarını yazıldığı gibi yüksek sesle okuyun. Seçimi çocuğa bırakın, cevap önermeyin. Bir soruyu atlamak her zaman olur.
helper-worry = Çocuk endişe verici bir şey söylerse dinleyin, sır tutma sözü vermeyin ve çocuk koruma prosedürünüzü izleyin. Her sayfanın üstündeki "{ help-now }" bölümünde aranacak numaralar var.
helper-ready = Başlamaya hazırız
not-open = Bu anket şu anda cevap almıyor. Katılmak istediğin için teşekkürler.
opens-on = { $date } tarihinde açılıyor.
see-changes = Gençler konuştuğu için nelerin değiştiğini gör

## Codes

code-missing = Kartındaki kodu yaz
code-malformed = Bu kod doğru görünmüyor. 8 harf ve rakamdan oluşur, örneğin K7QX-M3PA
code-unknown = Bu kodu bulamadık ya da daha önce kullanılmış. Kontrol edip tekrar dene ya da sana kartı veren kişiye sor
code-used = Kartındaki kodu başka biri kullanmış. Cevapların güvende: göndermek için başka bir kod yaz

## One question

# Between the answers to a question that takes several.
list-separator = { ", " }
question-of = Soru { $number } / { $total }
cheer-half = Yarısına geldik. Teşekkürler!
cheer-last = Son soru!
listen = Soruyu ve cevapları dinle
paper-how = Her soru için bir kutuyu işaretle ya da soruda yazdığı kadar kutuyu. İstediğin soruyu atlayabilirsin. Kendi adını ya da başka birinin adını yazma.
paper-only-if = Bunu yalnızca { $number }. soruya cevabın { $answers } ise cevapla.
paper-give-back = Bitirince bu kâğıdı katla ve sana veren büyüğe geri ver. Hangi kâğıdın senin olduğunu kimse bilmeyecek.
continue = Devam et
skip-question = Bu soruyu atla
write-up-to =
    { $max ->
        [one] En fazla { $max } karakter yazabilirsin.
       *[other] En fazla { $max } karakter yazabilirsin.
    }
scale-1 = Çok kötü
scale-2 = Kötü
scale-3 = İdare eder
scale-4 = İyi
scale-5 = Çok iyi
answer-yes = Evet
answer-no = Hayır
answer-not-sure = Emin değilim
answer-one-text = Lütfen cevabını kutuya yaz.
answer-too-long = Cevabın { $length } karakter uzunluğunda. Lütfen { $max } karakteri geçmesin.
answer-just-one = Lütfen sadece bir cevap seç.
answer-not-offered = Lütfen gösterilen cevaplardan birini seç.

## Problems with what was sent

error-summary = Bir sorun var
error-prefix = Hata:

## Check your answers

check-title = Cevaplarını kontrol et
check-lead = Göndermeden önce istediğin cevabı değiştirebilirsin.
skipped = Atlandı
change = Değiştir
change-which = şu soruya cevabını: { $question }
another-code = Başka bir kod
send-answers = Cevaplarımı gönder
nothing-answered = Henüz hiçbir soruyu yanıtlamadın. Göndermeden önce en az bir soruyu yanıtla ya da istemiyorsan çık.
kiosk-send-lead = Sorular bu kadar. Hazır olduğunda cevaplarını gönder.
kiosk-next = Sıradaki kişi
kiosk-ended = Bu anket burada artık cevap almıyor. Lütfen anketi yürüten kişiye söyle.

## Thank you

thanks-title = Teşekkürler
thanks-help-heading = Bize anlattığın için teşekkürler
thanks-help-lead = Bazı cevapların, şu anda işlerin zor olabileceğini gösteriyor. Bununla tek başına başa çıkmak zorunda değilsin.
thanks-danger = Şu anda tehlikedeysen { $emergency } numarasını ara.
thanks-help-contact = Cevaplarında adın yok, bu yüzden seni onlardan bulamayız. Biri seninle iletişime geçsin istersen, { $link }.
contact-link = sana nasıl ulaşabileceğimizi söyle
thanks-sent = Cevapların gönderildi
thanks-help-sent = Cevaplarında adın yok, bu yüzden kimse hangi cevapların senin olduğunu bilemez.
thanks-thank-you = Teşekkürler.
thanks-default = Ne düşündüğünü bize söylediğin için teşekkürler. Bu gerçekten önemli.
thanks-next = Bundan sonra ne olacak
thanks-next-read = Söz Elçileri ve Katılım ekibi herkesin söylediklerini okur. Hangi cevapların senin olduğunu kimse bilemez.
thanks-next-publish = Sonra "Siz söylediniz, biz yaptık" yayımlarız: gençlerin bize ne söylediğini ve bu yüzden neyin değiştiğini.
thanks-read-reports = "Siz söylediniz, biz yaptık" oku
thanks-talk-heading = Biri seninle konuşsun ister misin?
thanks-talk = Cevapların anonim. Belediyeden biri seninle iletişime geçsin istersen, { $link }.

## How things are changing (every priority over time)

dashboard-title = İşler nasıl değişiyor
dashboard-lead = Gençlerin her ankette bize söyledikleri, işlerin iyiye gidip gitmediğini görebilmen için.
dashboard-none = Burada henüz gösterilecek sonuç yok.
trend-caption = Zaman içinde: { $question }
trend-survey = Anket
trend-answered = Cevaplayan
trend-well-scale = 4 ya da 5 diyen
trend-well-yes = Evet diyen
trend-change = Değişim
trend-too-few = çok az
trend-points =
    { $count ->
        [one] { $change } puan
       *[other] { $change } puan
    }

## When something goes wrong

error-not-found-title = Bu sayfayı bulamıyoruz
error-not-found = Bağlantı yanlış olabilir ya da anket taşınmış olabilir. Kartındaki bağlantıyı kontrol et ya da sana kartı veren kişiye sor.
error-forbidden-title = Bunu burada yapamazsın
error-forbidden = Hesabın buna izin vermiyor ya da form çok eskimiş. Geri dön, sayfayı yenile ve tekrar dene.
error-wait-title = Lütfen biraz bekle
error-wait = Buradan çok fazla deneme yapıldı. Lütfen 15 dakika bekleyip tekrar dene ya da sana kartı veren kişiden yardım iste.
error-broken-title = Üzgünüz, bir şeyler ters gitti
error-broken = Bu bizim hatamız, senin değil. Lütfen birkaç dakika sonra tekrar dene.
error-too-long-title = Bu gönderilemeyecek kadar uzun
error-too-long = Gönderilen, alabileceğimizden daha uzun. Geri dön, cevabını kısalt ve yeniden dene.
error-too-slow-title = Bu çok uzun sürdü
error-too-slow = Cevapların gelmesi çok uzun sürdü, bu yüzden hiçbir şey kaydedilmedi. Bağlantını kontrol et, geri dön ve yeniden dene.
error-unreadable-title = Bunu okuyamadık
error-unreadable = Gönderilende kullanamadığımız bir karakter var. Geri dön, yazılanı kontrol et ve yeniden dene.

## Ask someone to contact you

contact-title = Biri seninle iletişime geçsin
contact-not-anonymous = Bu anonim değil.
contact-not-anonymous-more = Buraya yazdıkların, seninle iletişime geçebilsinler diye belediyenin nöbetçi ekibine gider. Anket cevaplarından ayrı tutulur ve kimse ikisini eşleştiremez.
contact-within = Belediyenin nöbetçi ekibinden biri { $days } iş günü içinde seninle iletişime geçecek.
contact-safe = Seninle nasıl iletişime geçmemiz güvenli?
contact-safe-hint = Senin için güvenli olan her yolu işaretle. Yalnızca işaretlediklerini kullanacağız.
contact-safe-call = Seni aramak
contact-safe-text = Mesaj atmak
contact-safe-email = E-posta göndermek
contact-safe-in-person = Yüz yüze görüşmek
contact-when = Ne zaman uygun ve güvenli? (boş bırakabilirsin)
contact-when-hint = Örneğin: okuldan sonra, hafta sonları, akşam 8'den sonra değil.
contact-name = Sana ne diye seslenelim?
contact-how = Sana nasıl ulaşabiliriz?
contact-how-hint = Kullanabileceğimiz bir telefon numarası ya da e-posta.
contact-message = Bilmemizi istediğin bir şey var mı? (boş bırakabilirsin)
contact-send = Gönder
contact-childline = Şu anda yardıma ihtiyacın varsa Childline'ı { $phone } numarasından ara, tehlikedeysen 999'u ara.
contact-error-name = Sana ne diye seslenelim, söyle. Bir takma ad olabilir
contact-error-how = Sana nasıl ulaşabileceğimizi söyle
contact-error-safe = Seninle iletişime geçmemiz için güvenli en az bir yolu işaretle
contact-error-too-long = Lütfen { $max } karakteri geçmesin (şu anda { $length })
contact-sent-title = Mesajını aldık
contact-sent-lead = Belediyenin nöbetçi ekibinden biri { $days } iş günü içinde, yalnızca güvenli dediğin yollarla seninle iletişime geçecek.
contact-sent-already = Son bir saatte bize birkaç mesaj gönderdin ve hepsi nöbetçi ekibe ulaştı. Bir tane daha göndermene gerek yok.

## You said, we did

reports-title = Siz söylediniz, biz yaptık
reports-lead = Gençler bize neyin önemli olduğunu söylediğinde cevap yazarız: ne söylediniz ve bu yüzden ne değişti.
reports-none = Henüz hiç rapor yayımlanmadı. İlki, şu anki anketler kapandıktan sonra burada görünecek.
all-reports = Tüm raporlar
published-on = Yayım tarihi: { $date }
you-said = Siz söylediniz:
we-did = Biz yaptık:
we-will = Biz yapacağız:
we-are-doing = Yapıyoruz:
we-could-not = Yapamadık:
by-date = { $date } tarihine kadar
why-not = Neden:
report-answers = Bu rapor şunlara cevap veriyor: { $surveys }.
written-in-english = Bu rapordaki yazılar İngilizce. Başlıklar ve rakamlar senin dilinde.
status-planned = Bunu yapacağız
status-in-progress = Bunu şu anda yapıyoruz
status-done = Yapıldı
status-not-possible = Bunu yapamadık
priority-home = Ev
priority-education = Okul ve öğrenme
priority-health = Sağlık ve iyi hissetmek
priority-relationships = Önemli insanlar
priority-independence = Geleceğe hazırlanmak
figure-said = Sorduğumuzda her 10 kişiden { $count } kişi { $answer } dedi: { $question }
figure-either = "{ $good }" ya da "{ $best }"
figure-yes = "{ $answer }"

# Printed code cards
card-have-your-say = Fikrini söyle. Kodu tara ya da şu adrese git:
card-your-code = Kodun:
card-works-once = Her kod bir kez çalışır. Adını asla sormayız.
card-no-name = Adını asla sormayız.
