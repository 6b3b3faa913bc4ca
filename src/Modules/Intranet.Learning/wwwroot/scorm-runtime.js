// The SCORM runtime of the player page: window.API (1.2) or window.API_1484_11 (2004), defined before the SCO's
// frame gets its address. Values are kept in memory (the source of truth while the page lives) and sent to the
// server on Commit, on Finish/Terminate, every minute when changed, when the page is hidden and when it is closed
// (navigator.sendBeacon, since browsers drop ordinary requests during unload). The server applies the LMS's rules.
(function () {
    'use strict';

    var root = document.getElementById('scorm-player');
    if (!root) {
        return;
    }

    var is2004 = root.dataset.version === '2004';
    var commitUrl = root.dataset.commitUrl || '';
    var launch = root.dataset.launch || '0';
    var tokenInput = root.querySelector('input[name="__RequestVerificationToken"]');
    var token = tokenInput ? tokenInput.value : '';
    var status = document.getElementById('scorm-status');
    var data = {};
    try {
        data = JSON.parse(root.dataset.state || '{}') || {};
    } catch (e) {
        data = {};
    }

    var state = 'new'; // new → running → ended
    var lastError = '0';
    var dirty = false;
    var sentOnce = false;

    // ---- values -------------------------------------------------------------------------------------------------
    var decimal = /^-?[0-9]+(\.[0-9]+)?$/;
    var timespan = /^[0-9]{2,4}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,2})?$/;
    var duration = /^P(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+D)?(?:T(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\.[0-9]{1,2})?S)?)?$/;
    var timestamp = /^[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}(:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,2})?)?)?(Z|[+-][0-9]{2}(:[0-9]{2})?)?)?)?)?$/;
    var navRequest = /^(continue|previous|exit|exitAll|abandon|abandonAll|suspendAll|_none_|\{target=[^}]+\}(choice|jump))$/;

    function text(max) {
        return function (v) { return v.length <= max ? 0 : 'type'; };
    }
    function oneOf(list) {
        return function (v) { return list.indexOf(v) >= 0 ? 0 : 'type'; };
    }
    function number(min, max, blank) {
        return function (v) {
            if (v === '' && blank) { return 0; }
            if (!decimal.test(v)) { return 'type'; }
            var n = parseFloat(v);
            return (min !== null && n < min) || (max !== null && n > max) ? 'range' : 0;
        };
    }
    function integer(min, max) {
        return function (v) {
            if (!/^-?[0-9]+$/.test(v)) { return 'type'; }
            var n = parseInt(v, 10);
            return n < min || n > max ? 'range' : 0;
        };
    }
    function pattern(re) {
        return function (v) { return re.test(v) ? 0 : 'type'; };
    }
    function either(a, b) {
        return function (v) { return a(v) === 0 || b(v) === 0 ? 0 : 'type'; };
    }

    // ---- data models: [pattern, access, check] (n and m are array indexes) ----------------------------------------
    var N = '(\\d+)';
    function el(path) {
        return new RegExp('^' + path.replace(/\./g, '\\.').replace(/\\\.n\\\./g, '\\.' + N + '\\.').replace(/\\\.m\\\./g, '\\.' + N + '\\.').replace(/\\\.n$/, '\\.' + N).replace(/\\\.m$/, '\\.' + N) + '$');
    }
    var interactionTypes12 = ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'];
    var model12 = [
        ['cmi.core.student_id', 'ro'], ['cmi.core.student_name', 'ro'],
        ['cmi.core.lesson_location', 'rw', text(255)],
        ['cmi.core.credit', 'ro'],
        ['cmi.core.lesson_status', 'rw', oneOf(['passed', 'completed', 'failed', 'incomplete', 'browsed'])],
        ['cmi.core.entry', 'ro'],
        ['cmi.core.score.raw', 'rw', number(0, 100, true)], ['cmi.core.score.min', 'rw', number(0, 100, true)], ['cmi.core.score.max', 'rw', number(0, 100, true)],
        ['cmi.core.total_time', 'ro'], ['cmi.core.lesson_mode', 'ro'],
        ['cmi.core.exit', 'wo', oneOf(['time-out', 'suspend', 'logout', ''])],
        ['cmi.core.session_time', 'wo', pattern(timespan)],
        // 4,096 in the standard; real packages send more and an LMS that refuses loses their bookmark.
        ['cmi.suspend_data', 'rw', text(64000)],
        ['cmi.launch_data', 'ro'],
        ['cmi.comments', 'rw', text(4096)], ['cmi.comments_from_lms', 'ro'],
        ['cmi.objectives.n.id', 'rw', text(255)],
        ['cmi.objectives.n.score.raw', 'rw', number(0, 100, true)], ['cmi.objectives.n.score.min', 'rw', number(0, 100, true)], ['cmi.objectives.n.score.max', 'rw', number(0, 100, true)],
        ['cmi.objectives.n.status', 'rw', oneOf(['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'])],
        ['cmi.student_data.mastery_score', 'ro'], ['cmi.student_data.max_time_allowed', 'ro'], ['cmi.student_data.time_limit_action', 'ro'],
        ['cmi.student_preference.audio', 'rw', integer(-1, 100)], ['cmi.student_preference.language', 'rw', text(255)],
        ['cmi.student_preference.speed', 'rw', integer(-100, 100)], ['cmi.student_preference.text', 'rw', integer(-1, 1)],
        ['cmi.interactions.n.id', 'wo', text(255)], ['cmi.interactions.n.objectives.m.id', 'wo', text(255)],
        ['cmi.interactions.n.time', 'wo', pattern(/^[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,2})?$/)],
        ['cmi.interactions.n.type', 'wo', oneOf(interactionTypes12)],
        ['cmi.interactions.n.correct_responses.m.pattern', 'wo', text(255)],
        ['cmi.interactions.n.weighting', 'wo', number(null, null, false)],
        ['cmi.interactions.n.student_response', 'wo', text(255)],
        ['cmi.interactions.n.result', 'wo', either(oneOf(['correct', 'wrong', 'unanticipated', 'neutral']), number(null, null, false))],
        ['cmi.interactions.n.latency', 'wo', pattern(timespan)]
    ];
    var children12 = {
        'cmi.core': 'student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time',
        'cmi.core.score': 'raw,min,max',
        'cmi.objectives': 'id,score,status',
        'cmi.objectives.n.score': 'raw,min,max',
        'cmi.student_data': 'mastery_score,max_time_allowed,time_limit_action',
        'cmi.student_preference': 'audio,language,speed,text',
        'cmi.interactions': 'id,objectives,time,type,correct_responses,weighting,student_response,result,latency'
    };
    var arrays12 = ['cmi.objectives', 'cmi.interactions', 'cmi.interactions.n.objectives', 'cmi.interactions.n.correct_responses'];

    var real = number(null, null, false);
    var model2004 = [
        ['cmi.learner_id', 'ro'], ['cmi.learner_name', 'ro'],
        ['cmi.location', 'rw', text(1000)],
        ['cmi.completion_status', 'rw', oneOf(['completed', 'incomplete', 'not attempted', 'unknown'])],
        ['cmi.success_status', 'rw', oneOf(['passed', 'failed', 'unknown'])],
        ['cmi.score.scaled', 'rw', number(-1, 1, false)], ['cmi.score.raw', 'rw', real], ['cmi.score.min', 'rw', real], ['cmi.score.max', 'rw', real],
        ['cmi.progress_measure', 'rw', number(0, 1, false)],
        ['cmi.completion_threshold', 'ro'], ['cmi.scaled_passing_score', 'ro'],
        ['cmi.total_time', 'ro'], ['cmi.session_time', 'wo', pattern(duration)],
        ['cmi.exit', 'wo', oneOf(['time-out', 'suspend', 'logout', 'normal', ''])],
        ['cmi.entry', 'ro'], ['cmi.credit', 'ro'], ['cmi.mode', 'ro'],
        ['cmi.suspend_data', 'rw', text(64000)], ['cmi.launch_data', 'ro'],
        ['cmi.max_time_allowed', 'ro'], ['cmi.time_limit_action', 'ro'],
        ['cmi.learner_preference.audio_level', 'rw', number(0, null, false)], ['cmi.learner_preference.language', 'rw', text(250)],
        ['cmi.learner_preference.delivery_speed', 'rw', number(0, null, false)], ['cmi.learner_preference.audio_captioning', 'rw', oneOf(['-1', '0', '1'])],
        ['cmi.objectives.n.id', 'rw', text(4000)],
        ['cmi.objectives.n.score.scaled', 'rw', number(-1, 1, false)], ['cmi.objectives.n.score.raw', 'rw', real],
        ['cmi.objectives.n.score.min', 'rw', real], ['cmi.objectives.n.score.max', 'rw', real],
        ['cmi.objectives.n.success_status', 'rw', oneOf(['passed', 'failed', 'unknown'])],
        ['cmi.objectives.n.completion_status', 'rw', oneOf(['completed', 'incomplete', 'not attempted', 'unknown'])],
        ['cmi.objectives.n.progress_measure', 'rw', number(0, 1, false)], ['cmi.objectives.n.description', 'rw', text(250)],
        ['cmi.interactions.n.id', 'rw', text(4000)],
        ['cmi.interactions.n.type', 'rw', oneOf(['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'])],
        ['cmi.interactions.n.objectives.m.id', 'rw', text(4000)],
        ['cmi.interactions.n.timestamp', 'rw', pattern(timestamp)],
        ['cmi.interactions.n.correct_responses.m.pattern', 'rw', text(4000)],
        ['cmi.interactions.n.weighting', 'rw', real],
        ['cmi.interactions.n.learner_response', 'rw', text(4000)],
        ['cmi.interactions.n.result', 'rw', either(oneOf(['correct', 'incorrect', 'unanticipated', 'neutral']), real)],
        ['cmi.interactions.n.latency', 'rw', pattern(duration)],
        ['cmi.interactions.n.description', 'rw', text(250)],
        ['cmi.comments_from_learner.n.comment', 'rw', text(4000)], ['cmi.comments_from_learner.n.location', 'rw', text(250)],
        ['cmi.comments_from_learner.n.timestamp', 'rw', pattern(timestamp)],
        ['cmi.comments_from_lms.n.comment', 'ro'], ['cmi.comments_from_lms.n.location', 'ro'], ['cmi.comments_from_lms.n.timestamp', 'ro'],
        ['adl.nav.request', 'rw', pattern(navRequest)]
    ];
    var children2004 = {
        'cmi.score': 'scaled,raw,min,max',
        'cmi.objectives': 'id,score,success_status,completion_status,progress_measure,description',
        'cmi.objectives.n.score': 'scaled,raw,min,max',
        'cmi.learner_preference': 'audio_level,language,delivery_speed,audio_captioning',
        'cmi.interactions': 'id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,latency,description',
        'cmi.comments_from_learner': 'comment,location,timestamp',
        'cmi.comments_from_lms': 'comment,location,timestamp'
    };
    var arrays2004 = ['cmi.objectives', 'cmi.interactions', 'cmi.interactions.n.objectives', 'cmi.interactions.n.correct_responses', 'cmi.comments_from_learner', 'cmi.comments_from_lms'];
    // Elements the LMS gives a value at launch; any other element read before it is set is "not initialized" (2004).
    var initialized2004 = ['cmi.learner_id', 'cmi.learner_name', 'cmi.completion_status', 'cmi.success_status', 'cmi.entry', 'cmi.credit', 'cmi.mode', 'cmi.total_time'];

    var model = (is2004 ? model2004 : model12).map(function (m) { return { re: el(m[0]), access: m[1], check: m[2] }; });
    var childrenOf = is2004 ? children2004 : children12;
    var arrays = (is2004 ? arrays2004 : arrays12).map(function (a) { return el(a); });
    function generic(name) {
        return name.replace(/\.\d+(?=\.|$)/g, '.n').replace(/\.n(\.[a-z_]+)\.n/, '.n$1.m');
    }

    // ---- error codes ----------------------------------------------------------------------------------------------
    var codes = is2004 ? {
        general: '101', badArgument: '201', undefined: '401', notInitializedValue: '403', readOnly: '404', writeOnly: '405',
        type: '406', range: '407', dependency: '408', getFailure: '301', setFailure: '351', commitFailure: '391'
    } : {
        general: '101', badArgument: '201', noChildren: '202', noCount: '203', notInitialized: '301', undefined: '201',
        keyword: '402', readOnly: '403', writeOnly: '404', type: '405', range: '405'
    };
    var messages = {
        '0': 'No error', '101': 'General exception', '102': 'General initialization failure', '103': 'Already initialized',
        '104': 'Content instance terminated', '111': 'General termination failure', '112': 'Termination before initialization',
        '113': 'Termination after termination', '122': 'Retrieve data before initialization', '123': 'Retrieve data after termination',
        '132': 'Store data before initialization', '133': 'Store data after termination', '142': 'Commit before initialization',
        '143': 'Commit after termination', '201': is2004 ? 'General argument error' : 'Invalid argument error',
        '202': 'Element cannot have children', '203': 'Element not an array - cannot have count',
        '301': is2004 ? 'General get failure' : 'Not initialized', '351': 'General set failure', '391': 'General commit failure',
        '401': is2004 ? 'Undefined data model element' : 'Not implemented error',
        '402': is2004 ? 'Unimplemented data model element' : 'Invalid set value, element is a keyword',
        '403': is2004 ? 'Data model element value not initialized' : 'Element is read only',
        '404': is2004 ? 'Data model element is read only' : 'Element is write only',
        '405': is2004 ? 'Data model element is write only' : 'Incorrect data type',
        '406': 'Data model element type mismatch', '407': 'Data model element value out of range', '408': 'Data model dependency not established'
    };

    function fail(code) {
        lastError = code;
        return 'false';
    }

    function count(prefix) {
        var max = -1;
        var start = prefix + '.';
        Object.keys(data).forEach(function (key) {
            if (key.indexOf(start) === 0) {
                var index = parseInt(key.substring(start.length), 10);
                if (!isNaN(index) && index > max) { max = index; }
            }
        });
        return max + 1;
    }

    function find(name) {
        for (var i = 0; i < model.length; i++) {
            if (model[i].re.test(name)) { return model[i]; }
        }
        return null;
    }

    // ---- 2004 evaluation (the LMS's view of completion and success) -------------------------------------------------
    function evaluated(name) {
        if (name === 'cmi.completion_status' && data['cmi.completion_threshold'] !== undefined && data['cmi.progress_measure'] !== undefined) {
            return parseFloat(data['cmi.progress_measure']) >= parseFloat(data['cmi.completion_threshold']) ? 'completed' : 'incomplete';
        }
        if (name === 'cmi.success_status' && data['cmi.scaled_passing_score'] !== undefined && data['cmi.score.scaled'] !== undefined) {
            return parseFloat(data['cmi.score.scaled']) >= parseFloat(data['cmi.scaled_passing_score']) ? 'passed' : 'failed';
        }
        return data[name];
    }

    function getValue(name) {
        name = String(name === undefined || name === null ? '' : name);
        if (state !== 'running') {
            lastError = is2004 ? (state === 'new' ? '122' : '123') : (state === 'new' ? '301' : '101');
            return '';
        }
        lastError = '0';
        if (name === '') {
            lastError = is2004 ? '301' : '201';
            return '';
        }
        if (is2004 && name === 'cmi._version') {
            return '1.0';
        }
        var keyword = /\._(children|count)$/.exec(name);
        if (keyword) {
            var parent = name.substring(0, name.length - keyword[0].length);
            if (keyword[1] === 'children') {
                var children = childrenOf[generic(parent)];
                if (children) { return children; }
                lastError = is2004 ? (find(parent + '.id') || find(parent) ? '301' : '401') : '202';
                return '';
            }
            for (var i = 0; i < arrays.length; i++) {
                if (arrays[i].test(parent)) { return String(count(parent)); }
            }
            lastError = is2004 ? (find(parent) ? '301' : '401') : '203';
            return '';
        }
        var element = find(name);
        if (!element) {
            lastError = codes.undefined;
            return '';
        }
        if (element.access === 'wo') {
            lastError = codes.writeOnly;
            return '';
        }
        var value = is2004 ? evaluated(name) : data[name];
        if (value === undefined) {
            if (is2004 && /\.\d+\./.test(name)) {
                lastError = '301';
            } else if (is2004 && initialized2004.indexOf(name) < 0) {
                lastError = codes.notInitializedValue;
            }
            return '';
        }
        return String(value);
    }

    function setValue(name, value) {
        name = String(name === undefined || name === null ? '' : name);
        value = value === undefined || value === null ? '' : String(value);
        if (state !== 'running') {
            lastError = is2004 ? (state === 'new' ? '132' : '133') : (state === 'new' ? '301' : '101');
            return 'false';
        }
        lastError = '0';
        if (name === '') {
            return fail(is2004 ? '351' : '201');
        }
        if (/\._(children|count|version)$/.test(name) || name === 'cmi._version') {
            return fail(is2004 ? '404' : '402');
        }
        var element = find(name);
        if (!element) {
            return fail(codes.undefined);
        }
        if (element.access === 'ro') {
            return fail(codes.readOnly);
        }
        // An array grows one element at a time; a new element's other fields need its id first (2004).
        var indexes = /^(.*?)\.(\d+)\.(.+)$/.exec(name);
        if (indexes) {
            var prefix = indexes[1];
            var index = parseInt(indexes[2], 10);
            if (index > count(prefix)) {
                return fail(is2004 ? '351' : '201');
            }
            var nested = /^(.*?\.\d+\.[a-z_]+)\.(\d+)\./.exec(name);
            if (nested && parseInt(nested[2], 10) > count(nested[1])) {
                return fail(is2004 ? '351' : '201');
            }
            if (is2004 && /^cmi\.(objectives|interactions)$/.test(prefix) && indexes[3] !== 'id' && data[prefix + '.' + index + '.id'] === undefined) {
                return fail('408');
            }
        }
        var problem = element.check ? element.check(value) : 0;
        if (problem) {
            return fail(problem === 'range' ? codes.range : codes.type);
        }
        data[name] = value;
        dirty = true;
        return 'true';
    }

    // ---- saving ---------------------------------------------------------------------------------------------------
    function body(kind) {
        var form = new URLSearchParams();
        form.set('__RequestVerificationToken', token);
        form.set('launch', launch);
        form.set('kind', kind);
        form.set('data', JSON.stringify(data));
        return form;
    }

    function show(message) {
        if (status) { status.textContent = message; }
    }

    function send(kind, useBeacon) {
        if (!commitUrl) {
            return;
        }
        dirty = false;
        sentOnce = true;
        var form = body(kind);
        if (useBeacon && navigator.sendBeacon && navigator.sendBeacon(commitUrl, form)) {
            return;
        }
        fetch(commitUrl, { method: 'POST', body: form, credentials: 'same-origin', keepalive: kind !== 'commit' })
            .then(function (response) {
                if (!response.ok) { throw new Error(String(response.status)); }
                show(root.dataset.savedText || '');
            })
            .catch(function () {
                dirty = true;
                show(root.dataset.errorText || '');
            });
    }

    function initialize(argument) {
        if (argument !== undefined && argument !== null && String(argument) !== '') {
            return fail('201');
        }
        if (state === 'running') {
            return fail(is2004 ? '103' : '101');
        }
        if (state === 'ended') {
            return fail(is2004 ? '104' : '101');
        }
        state = 'running';
        lastError = '0';
        return 'true';
    }

    function terminate(argument) {
        if (argument !== undefined && argument !== null && String(argument) !== '') {
            return fail('201');
        }
        if (state !== 'running') {
            return fail(is2004 ? (state === 'new' ? '112' : '113') : '301');
        }
        state = 'ended';
        lastError = '0';
        send('finish', false);
        show(root.dataset.finishedText || '');
        var request = data['adl.nav.request'];
        if (is2004 && request && /^(exit|exitAll|suspendAll|abandon|abandonAll)$/.test(request)) {
            // Without sequencing every exit request means: back to the course.
            window.setTimeout(function () { window.location.href = document.getElementById('scorm-exit').href; }, 300);
        }
        return 'true';
    }

    function commit(argument) {
        if (argument !== undefined && argument !== null && String(argument) !== '') {
            return fail('201');
        }
        if (state !== 'running') {
            return fail(is2004 ? (state === 'new' ? '142' : '143') : (state === 'new' ? '301' : '101'));
        }
        lastError = '0';
        send('commit', false);
        return 'true';
    }

    function errorString(code) {
        return messages[String(code)] || '';
    }

    function diagnostic(code) {
        return errorString(code === undefined || code === null || code === '' ? lastError : code);
    }

    if (is2004) {
        window.API_1484_11 = {
            Initialize: initialize,
            Terminate: terminate,
            GetValue: getValue,
            SetValue: setValue,
            Commit: commit,
            GetLastError: function () { return lastError; },
            GetErrorString: errorString,
            GetDiagnostic: diagnostic
        };
    } else {
        window.API = {
            LMSInitialize: initialize,
            LMSFinish: terminate,
            LMSGetValue: getValue,
            LMSSetValue: setValue,
            LMSCommit: commit,
            LMSGetLastError: function () { return lastError; },
            LMSGetErrorString: errorString,
            LMSGetDiagnostic: diagnostic
        };
    }

    // Saved every minute when changed, when the page is hidden (tab switch, phone locked) and when it goes away.
    window.setInterval(function () {
        if (dirty && state === 'running') { send('commit', false); }
    }, 60000);
    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'hidden' && (dirty || !sentOnce) && state !== 'new') { send('commit', true); }
    });
    window.addEventListener('pagehide', function () {
        if (state !== 'new') { send('exit', true); }
    });

    // The API exists now; only then does the SCO load (it looks for the API as it starts).
    document.getElementById('scorm-frame').src = root.dataset.src;
}());
