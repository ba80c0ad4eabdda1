# ourvoice: Português (Portuguese)
# needs-review: translated by the ourvoice team without a native speaker; please have a
# Portuguese speaker who works with children check every message before relying on it.

## Every page

skip-link = Ir para o conteúdo principal
help-now = Obter ajuda agora
leave-site = Sair deste site
leave-site-tip = Ou carrega duas vezes em Esc
footer = A tua voz importa. Nunca pedimos o teu nome.
footer-not-anonymous = A tua voz importa. Só a equipa de serviço lê o que envias nesta página.
go-to-start = Ir para o início
back = Voltar

## Dates

date = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## The front door

home-title = Dá a tua opinião
home-lead = Questionários curtos escritos por jovens em acolhimento, para jovens em acolhimento. Não tens de dar o teu nome.
home-none-open = Não há questionários abertos neste momento. Volta em breve.
for-4-7 = Para crianças dos 4 aos 7 anos, com a ajuda de uma pessoa adulta
for-8-11 = Para crianças dos 8 aos 11 anos
for-11-17 = Para jovens dos 11 aos 17 anos
for-care-leavers = Para jovens que saem do acolhimento, dos 16 aos 25 anos
for-everyone = Para todas as pessoas

## Get help now

help-danger = Se estás em perigo agora, liga para o { $emergency }.
help-talk = Fala com alguém
help-childline = { $name }: liga para o { $phone }. Grátis, a qualquer hora, de dia ou de noite, e não aparece na conta do telefone.
help-always-heard = { $name } (Coram Voice), para crianças em acolhimento e jovens que saíram do acolhimento e querem um defensor: liga para o { $phone }.
help-council-hours = { $name }: liga para { $phone } (de segunda a sexta, das { $from } às { $to }) e pede os serviços para crianças.
help-out-of-hours = Noutras alturas, liga para a equipa de fora de horas da câmara: { $phone }.
help-no-out-of-hours = Noutras alturas, liga para a Childline, ou para o 999 se estiveres em perigo.
help-childline-chat = Se preferires não falar em voz alta, podes conversar por chat com um conselheiro da Childline: { $link }.
help-childline-chat-link = chat 1-para-1 da Childline
help-contact = Se quiseres que alguém da câmara fale contigo, { $link }.
help-trusted-adult = Também podes contar a um professor, a quem cuida de ti, ao teu assistente social ou a outro adulto em quem confies.
help-back = Para voltar ao questionário, usa o botão de voltar do teu navegador. As tuas respostas até agora estão guardadas.

## A survey's first page

choose-language = Escolhe a tua língua:
questions-in-english = Por agora, as perguntas deste questionário estão só em inglês. Os botões e a ajuda estão na tua língua.
takes-minutes =
    { $minutes ->
        [one] Demora cerca de { $minutes } minuto.
       *[other] Demora cerca de { $minutes } minutos.
    }
can-skip = Podes saltar qualquer pergunta.
never-name = Nunca pedimos o teu nome.
designed-by = Criado por { $names }.
carry-on = Continuar onde paraste
or-start-again = Ou começa de novo:
your-code = O teu código
code-hint = Está no teu cartão, por exemplo K7QX-M3PA. Maiúsculas ou minúsculas, não importa.
start = Começar
start-again = Começar de novo
helper-heading = Para a pessoa adulta que ajuda
helper-who = Ajude apenas se não cuidar desta criança no dia a dia, para que ela possa dizer o que pensa de verdade.
helper-how = Leia cada pergunta e as respostas em voz alta, tal como estão escritas. Deixe a criança escolher e não sugira nenhuma resposta. Saltar uma pergunta é sempre possível.
helper-worry = Se a criança disser algo preocupante, ouça, não prometa guardar segredo e siga o procedimento de proteção de crianças. Em "{ help-now }", no topo de cada página, há números para ligar.
helper-ready = Podemos começar
not-open = Este questionário não está a receber respostas neste momento. Obrigado por quereres participar.
opens-on = Abre a { $date }.
see-changes = Vê o que mudou porque os jovens falaram

## Codes

code-missing = Escreve o código do teu cartão
code-malformed = Esse código não parece certo. Tem 8 letras e números, por exemplo K7QX-M3PA
code-unknown = Não encontrámos esse código, ou já foi usado. Verifica-o e tenta outra vez, ou pergunta à pessoa que te deu o cartão
code-used = Alguém já usou o código do teu cartão. As tuas respostas estão seguras: escreve outro código para as enviar

## One question

# Between the answers to a question that takes several.
list-separator = { ", " }
question-of = Pergunta { $number } de { $total }
cheer-half = Já vamos a meio. Agradecemos muito!
cheer-last = Última pergunta!
listen = Ouvir a pergunta e as respostas
paper-how = Marca uma caixa em cada pergunta, ou tantas quantas a pergunta disser. Podes saltar qualquer pergunta. Não escrevas o teu nome, nem o de ninguém.
paper-only-if = Só respondas a esta se a tua resposta à pergunta { $number } foi { $answers }.
paper-give-back = Quando acabares, dobra esta folha e devolve-a ao adulto que ta deu. Ninguém vai saber qual é a tua folha.
continue = Continuar
skip-question = Saltar esta pergunta
write-up-to =
    { $max ->
        [one] Podes escrever até { $max } carácter.
       *[other] Podes escrever até { $max } caracteres.
    }
scale-1 = Muito mal
scale-2 = Mal
scale-3 = Mais ou menos
scale-4 = Bem
scale-5 = Muito bem
answer-yes = Sim
answer-no = Não
answer-not-sure = Não sei
answer-one-text = Escreve a tua resposta na caixa.
answer-too-long = A tua resposta tem { $length } caracteres. Por favor, não passes dos { $max } caracteres.
answer-just-one = Escolhe só uma resposta.
answer-not-offered = Escolhe uma das respostas mostradas.

## Problems with what was sent

error-summary = Há um problema
error-prefix = Erro:

## Check your answers

check-title = Verifica as tuas respostas
check-lead = Podes mudar qualquer resposta antes de as enviares.
skipped = Saltada
change = Mudar
change-which = a tua resposta a: { $question }
another-code = Outro código
send-answers = Enviar as minhas respostas
nothing-answered = Ainda não respondeste a nenhuma pergunta. Responde a pelo menos uma antes de enviar, ou sai se preferires.
kiosk-send-lead = São todas as perguntas. Envia as tuas respostas quando quiseres.
kiosk-next = Próxima pessoa
kiosk-ended = Este questionário já não recebe respostas aqui. Diz à pessoa responsável.

## Thank you

thanks-title = Obrigado
thanks-help-heading = Obrigado por nos contares
thanks-help-lead = Algumas das tuas respostas fazem parecer que as coisas podem estar difíceis agora. Não tens de lidar com isso sozinho.
thanks-danger = Se estás em perigo agora, liga para o { $emergency }.
thanks-help-contact = As tuas respostas não têm o teu nome, por isso não te conseguimos encontrar através delas. Se quiseres que alguém entre em contacto contigo, { $link }.
contact-link = diz-nos como te contactar
thanks-sent = As tuas respostas foram enviadas
thanks-help-sent = Não têm o teu nome, por isso ninguém sabe quais são as tuas respostas.
thanks-thank-you = Obrigado.
thanks-default = Obrigado por nos dizeres o que pensas. É mesmo importante.
thanks-next = O que acontece a seguir
thanks-next-read = Os Embaixadores da Promessa e a equipa de Participação leem o que todos dizem. Ninguém consegue saber quais são as tuas respostas.
thanks-next-publish = Depois publicamos "Vocês disseram, nós fizemos": o que os jovens nos disseram e o que está a mudar por causa disso.
thanks-read-reports = Ler "Vocês disseram, nós fizemos"
thanks-talk-heading = Gostavas que alguém falasse contigo?
thanks-talk = As tuas respostas são anónimas. Se quiseres que alguém da câmara municipal entre em contacto contigo, { $link }.

## How things are changing (every priority over time)

dashboard-title = Como as coisas estão a mudar
dashboard-lead = O que os jovens nos disseram em cada questionário, para veres se as coisas estão a melhorar.
dashboard-none = Ainda não há resultados para mostrar aqui.
trend-caption = Ao longo do tempo: { $question }
trend-survey = Questionário
trend-answered = Responderam
trend-well-scale = Responderam 4 ou 5
trend-well-yes = Responderam sim
trend-change = Mudança
trend-too-few = poucos demais
trend-points =
    { $count ->
        [one] { $change } ponto
       *[other] { $change } pontos
    }

## When something goes wrong

error-not-found-title = Não encontramos essa página
error-not-found = O link pode estar errado, ou o questionário pode ter mudado de sítio. Verifica o link no teu cartão, ou pergunta à pessoa que to deu.
error-forbidden-title = Não podes fazer isso aqui
error-forbidden = A tua conta não permite isto, ou o formulário era demasiado antigo. Volta atrás, recarrega a página e tenta outra vez.
error-wait-title = Espera um bocadinho
error-wait = Houve muitas tentativas a partir daqui. Espera 15 minutos e tenta outra vez, ou pede ajuda à pessoa que te deu o cartão.
error-broken-title = Desculpa, algo correu mal
error-broken = A culpa é nossa, não tua. Tenta outra vez daqui a alguns minutos.
error-too-long-title = Isso é demasiado para enviar
error-too-long = O que foi enviado é mais longo do que conseguimos receber. Volta atrás, encurta a resposta e tenta outra vez.
error-too-slow-title = Demorou demasiado
error-too-slow = As respostas demoraram demasiado a chegar, por isso nada foi guardado. Verifica a rede, volta atrás e tenta outra vez.
error-unreadable-title = Não conseguimos ler isso
error-unreadable = O que foi enviado tem um carácter que não podemos usar. Volta atrás, verifica o que foi escrito e tenta outra vez.

## Ask someone to contact you

contact-title = Pede que alguém te contacte
contact-not-anonymous = Isto não é anónimo.
contact-not-anonymous-more = O que escreveres aqui vai para a equipa de serviço da câmara municipal, para que te possam contactar. Fica guardado à parte das tuas respostas ao questionário, e ninguém consegue juntar as duas coisas.
contact-within =
    { $days ->
        [one] Alguém da equipa de serviço da câmara municipal vai contactar-te dentro de { $days } dia útil.
       *[other] Alguém da equipa de serviço da câmara municipal vai contactar-te dentro de { $days } dias úteis.
    }
contact-safe = Como é seguro contactarmos-te?
contact-safe-hint = Marca todas as formas que são seguras para ti. Só vamos usar as que marcares.
contact-safe-call = Ligar-te
contact-safe-text = Enviar-te uma mensagem
contact-safe-email = Enviar-te um email
contact-safe-in-person = Encontrar-te pessoalmente
contact-when = Quando é uma boa altura, e segura? (podes deixar em branco)
contact-when-hint = Por exemplo: depois da escola, ao fim de semana, não depois das 20h.
contact-name = Como te devemos chamar?
contact-how = Como te podemos contactar?
contact-how-hint = Um número de telefone ou um email que possamos usar.
contact-message = Há alguma coisa que queiras que saibamos? (podes deixar em branco)
contact-send = Enviar
contact-childline = Se precisas de ajuda agora, liga para a Childline no { $phone }, ou para o 999 se estiveres em perigo.
contact-error-name = Diz-nos como te chamar. Pode ser uma alcunha
contact-error-how = Diz-nos como te podemos contactar
contact-error-safe = Marca pelo menos uma forma segura de te contactarmos
contact-error-too-long = Por favor, não passes dos { $max } caracteres (agora tem { $length })
contact-sent-title = Recebemos a tua mensagem
contact-sent-lead =
    { $days ->
        [one] Alguém da equipa de serviço da câmara municipal vai contactar-te dentro de { $days } dia útil, só das formas que disseste serem seguras.
       *[other] Alguém da equipa de serviço da câmara municipal vai contactar-te dentro de { $days } dias úteis, só das formas que disseste serem seguras.
    }
contact-sent-already = Enviaste-nos algumas mensagens na última hora, e todas chegaram à equipa de serviço. Não precisas de enviar outra.

## You said, we did

reports-title = Vocês disseram, nós fizemos
reports-lead = Quando os jovens nos dizem o que é importante, respondemos: o que disseram e o que mudou por causa disso.
reports-none = Ainda não foi publicado nenhum relatório. O primeiro vai aparecer aqui depois de os questionários atuais fecharem.
all-reports = Todos os relatórios
published-on = Publicado a { $date }
you-said = Vocês disseram:
we-did = Nós fizemos:
we-will = Nós vamos:
we-are-doing = Estamos a fazer:
we-could-not = Não conseguimos:
by-date = até { $date }
why-not = Porquê:
report-answers = Este relatório responde a: { $surveys }.
written-in-english = O que as pessoas escreveram neste relatório está em inglês. Os títulos e os números estão na tua língua.
status-planned = Vamos fazer isto
status-in-progress = Estamos a fazer isto agora
status-done = Feito
status-not-possible = Não conseguimos fazer isto
priority-home = Casa
priority-education = Escola e aprendizagem
priority-health = Saúde e bem-estar
priority-relationships = Pessoas importantes
priority-independence = Preparar o futuro
figure-said = { $count } em cada 10 de vocês responderam { $answer } quando perguntámos: { $question }
figure-either = "{ $good }" ou "{ $best }"
figure-yes = "{ $answer }"

# Printed code cards
card-have-your-say = Dá a tua opinião. Lê o código ou vai a:
card-your-code = O teu código:
card-works-once = Cada código funciona uma vez. Nunca perguntamos o teu nome.
card-no-name = Nunca perguntamos o teu nome.
