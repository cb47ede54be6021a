// Live departures dashboard. EventSource cannot send an Authorization header, and a token in the URL would end up
// in access logs and browser history; so the page reads the server-sent events with fetch() streaming and the
// viewer's bearer token in the header. The token comes from the session (login.js): an OpenID login, or a token
// pasted into the form.
'use strict';

const STAGES = ['registered', 'reached', 'offered', 'accepted', 'seatAssigned', 'manifested', 'boarded', 'departed',
    'arrivedDoha'];
const SVG = 'http://www.w3.org/2000/svg';
const RECONNECT_MS = 2000;

let session = null;

function showLogin(message) {
    if (session.kind === 'oidc') {
        return showSessionError(message);
    }
    document.getElementById('board').hidden = true;
    document.getElementById('login').hidden = false;
    document.getElementById('login-error').textContent = message || '';
    setStatus(false, 'not connected');
}

function showSessionError(message) {
    document.getElementById('board').hidden = true;
    const error = document.getElementById('session-error');
    error.textContent = message;
    error.hidden = false;
    setStatus(false, 'not connected');
}

function setStatus(live, text) {
    const status = document.getElementById('status');
    status.className = 'status ' + (live ? 'live' : 'offline');
    status.textContent = text;
}

async function stream() {
    let response;
    try {
        response = await fetch('/api/v1/statistics/stream', {
            headers: {Authorization: 'Bearer ' + session.token(), Accept: 'text/event-stream'},
            cache: 'no-store'
        });
    } catch (e) {
        return retry();
    }
    if (response.status === 401 || response.status === 403) {
        if (await session.rejected(response.status)) {
            return stream();
        }
        return showLogin(response.status === 401 ? 'The token was not accepted.'
            : (session.kind === 'oidc' ? 'Your account lacks the viewer role.' : 'This token lacks the viewer role.'));
    }
    if (!response.ok || !response.body) {
        return retry();
    }
    document.getElementById('login').hidden = true;
    document.getElementById('board').hidden = false;
    setStatus(true, 'live');
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
        for (;;) {
            const {value, done} = await reader.read();
            if (done) {
                break;
            }
            buffer += value.replace(/\r\n/g, '\n');
            let end;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
                const frame = buffer.slice(0, end);
                buffer = buffer.slice(end + 2);
                const data = frame.split('\n').filter(line => line.startsWith('data:'))
                    .map(line => line.slice(5)).join('\n');
                if (data.trim()) {
                    render(JSON.parse(data));
                }
            }
        }
    } catch (e) {
        // Connection dropped: reconnect below.
    }
    retry();
}

function retry() {
    setStatus(false, 'reconnecting…');
    setTimeout(stream, RECONNECT_MS);
}

function text(id, value) {
    document.getElementById(id).textContent = Number(value).toLocaleString('en-US');
}

function render(stats) {
    document.getElementById('generated-at').textContent = 'as of ' + stats.generatedAt.replace('T', ' ').slice(0, 19) + ' UTC';
    STAGES.forEach(stage => text('funnel-' + stage, stats.funnel[stage]));
    drawFunnel(stats.funnel);
    drawDepartures(stats.departuresPerDay);
    const waiting = stats.waitingSinceAcceptance;
    text('waiting-total', waiting.waiting);
    ['under1Day', 'from1To3Days', 'from3To7Days', 'over7Days', 'longestHours']
        .forEach(key => text('waiting-' + key, waiting[key]));
    renderFlights(stats.upcomingFlights);
    renderProvinces(stats.provinces);
}

function svgElement(name, attributes, content) {
    const element = document.createElementNS(SVG, name);
    Object.entries(attributes).forEach(([key, value]) => element.setAttribute(key, value));
    if (content !== undefined) {
        element.textContent = content;
    }
    return element;
}

function drawFunnel(funnel) {
    const svg = document.getElementById('funnel-chart');
    const width = svg.clientWidth || 900;
    const height = 140;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.replaceChildren();
    const max = Math.max(1, funnel.registered);
    const slot = width / STAGES.length;
    STAGES.forEach((stage, i) => {
        const barHeight = Math.round((height - 20) * funnel[stage] / max);
        svg.appendChild(svgElement('rect', {
            x: i * slot + slot * 0.15, y: height - barHeight, width: slot * 0.7, height: barHeight,
            fill: i >= 7 ? '#2f855a' : '#2c6e9b', rx: 2
        }));
    });
}

function drawDepartures(days) {
    const svg = document.getElementById('departures-chart');
    const width = svg.clientWidth || 420;
    const height = 180;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.replaceChildren();
    const shown = days.slice(-14);
    if (shown.length === 0) {
        svg.appendChild(svgElement('text', {x: 8, y: height / 2, fill: '#5d6b7a'}, 'No departures yet'));
        return;
    }
    const max = Math.max(1, ...shown.map(day => day.persons));
    const slot = width / shown.length;
    shown.forEach((day, i) => {
        const barHeight = Math.round((height - 40) * day.persons / max);
        const x = i * slot + slot * 0.15;
        svg.appendChild(svgElement('rect', {x, y: height - 20 - barHeight, width: slot * 0.7, height: barHeight, fill: '#2f855a'}));
        svg.appendChild(svgElement('text', {x: x + slot * 0.35, y: height - 24 - barHeight, 'text-anchor': 'middle',
            'font-size': 11}, String(day.persons)));
        svg.appendChild(svgElement('text', {x: x + slot * 0.35, y: height - 6, 'text-anchor': 'middle', 'font-size': 10,
            fill: '#5d6b7a'}, day.day.slice(5)));
    });
}

function cell(row, value) {
    const td = document.createElement('td');
    td.textContent = value;
    row.appendChild(td);
}

function renderFlights(flights) {
    const body = document.getElementById('flights');
    body.replaceChildren();
    flights.forEach(flight => {
        const row = document.createElement('tr');
        [flight.flightNumber, flight.scheduledDeparture.replace('T', ' ').slice(0, 16), flight.status, flight.reserved,
            flight.held, flight.assigned, flight.manifested, flight.boarded].forEach(value => cell(row, value));
        const load = document.createElement('td');
        const bar = document.createElement('div');
        bar.className = 'load';
        const total = Math.max(1, flight.reserved);
        [['boarded', flight.boarded], ['manifested', flight.manifested - flight.boarded],
            ['assigned', flight.assigned - flight.manifested], ['held', flight.held]].forEach(([kind, count]) => {
            const span = document.createElement('span');
            span.className = kind;
            span.style.width = (100 * Math.max(0, count) / total) + '%';
            bar.appendChild(span);
        });
        load.appendChild(bar);
        row.appendChild(load);
        body.appendChild(row);
    });
}

function renderProvinces(provinces) {
    const body = document.getElementById('provinces');
    body.replaceChildren();
    provinces.forEach(province => {
        const row = document.createElement('tr');
        [province.province, province.registered, province.accepted, province.departed].forEach(value => cell(row, value));
        body.appendChild(row);
    });
}

document.getElementById('login').addEventListener('submit', event => {
    event.preventDefault();
    const pasted = document.getElementById('token').value.trim();
    if (pasted) {
        session.use(pasted);
        stream();
    }
});

document.getElementById('logout').addEventListener('click', () => session.logout());

openSession().then(opened => {
    session = opened;
    if (session.kind === 'oidc') {
        document.getElementById('user').textContent = session.user() || '';
        document.getElementById('logout').hidden = false;
    }
    if (session.token()) {
        stream();
    } else {
        showLogin();
    }
}).catch(error => {
    session = {kind: 'oidc'};
    showSessionError(error.message);
});
