package org.evac.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.evac.testing.servers.MailServer;
import org.evac.testing.servers.SmscSimulator;

/**
 * The local stack's phones and mailboxes: {@code GET /} is a page listing the texts each number
 * received (and the mails each address received), refreshed every few seconds, with a box under
 * each number to text back as that person; {@code GET /messages} is the same as JSON and {@code
 * POST /replies} ({@code from}, {@code text}, form-encoded) sends a reply as deliver_sm.
 */
final class PhonePage implements HttpHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SmscSimulator smsc;
    private final MailServer mail;
    private final String serviceNumber;

    PhonePage(SmscSimulator smsc, MailServer mail, String serviceNumber) {
        this.smsc = smsc;
        this.mail = mail;
        this.serviceNumber = serviceNumber;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("/")) {
                send(exchange, 200, "text/html; charset=utf-8", page());
            } else if (method.equals("GET") && path.equals("/messages")) {
                send(exchange, 200, "application/json", JSON.writeValueAsString(messages()));
            } else if (method.equals("POST") && path.equals("/replies")) {
                reply(exchange);
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", "Not found\n");
            }
        }
    }

    private void reply(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(exchange.getRequestBody());
        String from = form.getOrDefault("from", "").strip();
        String text = form.getOrDefault("text", "").strip();
        if (!from.matches("\\+?[0-9]{6,15}") || text.isEmpty()) {
            send(exchange, 400, "text/plain; charset=utf-8", "Give a number and a text\n");
            return;
        }
        try {
            smsc.reply(from, serviceNumber, text);
        } catch (IllegalStateException e) {
            send(exchange, 503, "text/plain; charset=utf-8", e.getMessage() + "\n");
            return;
        }
        exchange.getResponseHeaders().add("Location", "/");
        send(exchange, 303, "text/plain; charset=utf-8", "Sent\n");
    }

    private ObjectNode messages() {
        ObjectNode root = JSON.createObjectNode();
        root.put("serviceNumber", serviceNumber);
        ArrayNode phones = root.putArray("phones");
        smsc.byNumber()
                .forEach(
                        (number, texts) -> {
                            ObjectNode phone = phones.addObject();
                            phone.put("number", number);
                            ArrayNode list = phone.putArray("texts");
                            for (SmscSimulator.Sms sms : texts) {
                                list.addObject()
                                        .put("text", sms.text())
                                        .put("coding", sms.coding())
                                        .put("segments", sms.segments())
                                        .put("receivedAt", sms.receivedAt().toString());
                            }
                        });
        ArrayNode mailboxes = root.putArray("mails");
        for (MailServer.Mail m : mail.received()) {
            mailboxes
                    .addObject()
                    .put("to", String.join(", ", m.to()))
                    .put("subject", m.subject())
                    .put("text", m.text())
                    .put("receivedAt", m.receivedAt().toString());
        }
        return root;
    }

    private String page() {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>evac phones and mailboxes</title>
                <style>
                 body{font-family:sans-serif;margin:2em;max-width:60em}
                 .phone,.mail{border:1px solid #ccc;border-radius:8px;padding:1em;margin:1em 0}
                 .sms{background:#eef;border-radius:8px;padding:.5em;margin:.5em 0;white-space:pre-wrap;unicode-bidi:plaintext}
                 .meta{color:#666;font-size:.8em}
                </style></head><body>
                <h1>Phones and mailboxes of the local stack</h1>
                <p>Every text the SMSC simulator delivered, by number, and every mail the SMTP server took. Answer as the
                person: the reply goes to the service number %s as a real SMS would (e.g. <code>1 482913</code> to
                accept, <code>2 482913</code> to decline, <code>STOP</code>).</p>
                <div id="phones"></div><h2>Mail</h2><div id="mails"></div>
                <script>
                function esc(s){return String(s).replace(/[&<>"]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));}
                async function load(){
                  const data=await (await fetch('/messages')).json();
                  const typing=document.activeElement&&document.activeElement.name==='text';
                  if(typing)return;
                  document.getElementById('phones').innerHTML=data.phones.map(p=>`<div class="phone"><h2>${esc(p.number)}</h2>`+
                    p.texts.map(t=>`<div class="sms" dir="auto">${esc(t.text)}<div class="meta">${esc(t.receivedAt)} · ${esc(t.coding)} · ${t.segments} segment(s)</div></div>`).join('')+
                    `<form method="post" action="/replies"><input type="hidden" name="from" value="${esc(p.number)}">`+
                    `<input name="text" size="40" placeholder="Reply as ${esc(p.number)}" dir="auto"> <button>Send SMS</button></form></div>`).join('')||'<p>No texts yet.</p>';
                  document.getElementById('mails').innerHTML=data.mails.map(m=>`<div class="mail"><b>${esc(m.subject)}</b> to ${esc(m.to)}<div class="sms" dir="auto">${esc(m.text)}</div></div>`).join('')||'<p>No mail yet.</p>';
                }
                load();setInterval(load,3000);
                </script></body></html>
                """
                .formatted(serviceNumber);
    }

    private static Map<String, String> form(InputStream body) throws IOException {
        Map<String, String> values = new HashMap<>();
        String encoded = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
