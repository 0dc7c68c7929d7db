#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4028:
/***/ (function(module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.types = void 0;
/* istanbul ignore file */
const types_1 = __nccwpck_require__(9282);
Object.defineProperty(exports, "types", ({ enumerable: true, get: function () { return types_1.types; } }));
__exportStar(__nccwpck_require__(697), exports);
__exportStar(__nccwpck_require__(306), exports);
const tokenizer_1 = __nccwpck_require__(697);
const reconstruct_1 = __nccwpck_require__(306);
__exportStar(__nccwpck_require__(9282), exports);
exports["default"] = tokenizer_1.tokenizer;
module.exports = tokenizer_1.tokenizer;
module.exports.types = types_1.types;
module.exports.reconstruct = reconstruct_1.reconstruct;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 306:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reconstruct = void 0;
const types_1 = __nccwpck_require__(9282);
const write_set_tokens_1 = __nccwpck_require__(6349);
const reduceStack = (stack) => stack.map(exports.reconstruct).join('');
const createAlternate = (token) => {
    if ('options' in token) {
        return token.options.map(reduceStack).join('|');
    }
    else if ('stack' in token) {
        return reduceStack(token.stack);
    }
    else {
        throw new Error(`options or stack must be Root or Group token`);
    }
};
const reconstruct = (token) => {
    switch (token.type) {
        case types_1.types.ROOT:
            return createAlternate(token);
        case types_1.types.CHAR: {
            const c = String.fromCharCode(token.value);
            // Note that the escaping for characters inside classes is handled
            // in the write-set-tokens module so '-' and ']' are not escaped here
            return (/[[\\{}$^.|?*+()]/.test(c) ? '\\' : '') + c;
        }
        case types_1.types.POSITION:
            if (token.value === '^' || token.value === '$') {
                return token.value;
            }
            else {
                return `\\${token.value}`;
            }
        case types_1.types.REFERENCE:
            return `\\${token.value}`;
        case types_1.types.SET:
            return (0, write_set_tokens_1.writeSetTokens)(token);
        case types_1.types.GROUP: {
            // Check token.remember
            const prefix = token.name ? `?<${token.name}>` :
                token.remember ? '' :
                    token.followedBy ? '?=' :
                        token.notFollowedBy ? '?!' :
                            '?:';
            return `(${prefix}${createAlternate(token)})`;
        }
        case types_1.types.REPETITION: {
            const { min, max } = token;
            let endWith;
            if (min === 0 && max === 1) {
                endWith = '?';
            }
            else if (min === 1 && max === Infinity) {
                endWith = '+';
            }
            else if (min === 0 && max === Infinity) {
                endWith = '*';
            }
            else if (max === Infinity) {
                endWith = `{${min},}`;
            }
            else if (min === max) {
                endWith = `{${min}}`;
            }
            else {
                endWith = `{${min},${max}}`;
            }
            return `${(0, exports.reconstruct)(token.value)}${endWith}`;
        }
        case types_1.types.RANGE:
            return `${(0, write_set_tokens_1.setChar)(token.from)}-${(0, write_set_tokens_1.setChar)(token.to)}`;
        default:
            throw new Error(`Invalid token type ${token}`);
    }
};
exports.reconstruct = reconstruct;
//# sourceMappingURL=reconstruct.js.map

/***/ }),

/***/ 3494:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NOTANYCHAR = exports.WHITESPACE = exports.WORDS = exports.INTS = void 0;
const Sets = __importStar(__nccwpck_require__(1227));
const types_1 = __nccwpck_require__(9282);
function setToLookup(tokens) {
    let lookup = {};
    let len = 0;
    for (const token of tokens) {
        if (token.type === types_1.types.CHAR) {
            lookup[token.value] = true;
        }
        // Note this is in an if statement because
        // the SetTokens type is (Char | Range | Set)[]
        // so a type error is thrown if it is not.
        // If the SetTokens type is modified the if statement
        // can be removed
        if (token.type === types_1.types.RANGE) {
            lookup[`${token.from}-${token.to}`] = true;
        }
        len += 1;
    }
    return {
        lookup: () => (Object.assign({}, lookup)),
        len,
    };
}
exports.INTS = setToLookup(Sets.ints().set);
exports.WORDS = setToLookup(Sets.words().set);
exports.WHITESPACE = setToLookup(Sets.whitespace().set);
exports.NOTANYCHAR = setToLookup(Sets.anyChar().set);
//# sourceMappingURL=sets-lookup.js.map

/***/ }),

/***/ 1227:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.anyChar = exports.notWhitespace = exports.whitespace = exports.notInts = exports.ints = exports.notWords = exports.words = void 0;
const types_1 = __nccwpck_require__(9282);
const INTS = () => [{ type: types_1.types.RANGE, from: 48, to: 57 }];
const WORDS = () => [
    { type: types_1.types.CHAR, value: 95 },
    { type: types_1.types.RANGE, from: 97, to: 122 },
    { type: types_1.types.RANGE, from: 65, to: 90 },
    { type: types_1.types.RANGE, from: 48, to: 57 },
];
const WHITESPACE = () => [
    { type: types_1.types.CHAR, value: 9 },
    { type: types_1.types.CHAR, value: 10 },
    { type: types_1.types.CHAR, value: 11 },
    { type: types_1.types.CHAR, value: 12 },
    { type: types_1.types.CHAR, value: 13 },
    { type: types_1.types.CHAR, value: 32 },
    { type: types_1.types.CHAR, value: 160 },
    { type: types_1.types.CHAR, value: 5760 },
    { type: types_1.types.RANGE, from: 8192, to: 8202 },
    { type: types_1.types.CHAR, value: 8232 },
    { type: types_1.types.CHAR, value: 8233 },
    { type: types_1.types.CHAR, value: 8239 },
    { type: types_1.types.CHAR, value: 8287 },
    { type: types_1.types.CHAR, value: 12288 },
    { type: types_1.types.CHAR, value: 65279 },
];
const NOTANYCHAR = () => [
    { type: types_1.types.CHAR, value: 10 },
    { type: types_1.types.CHAR, value: 13 },
    { type: types_1.types.CHAR, value: 8232 },
    { type: types_1.types.CHAR, value: 8233 },
];
// Predefined class objects.
const words = () => ({ type: types_1.types.SET, set: WORDS(), not: false });
exports.words = words;
const notWords = () => ({ type: types_1.types.SET, set: WORDS(), not: true });
exports.notWords = notWords;
const ints = () => ({ type: types_1.types.SET, set: INTS(), not: false });
exports.ints = ints;
const notInts = () => ({ type: types_1.types.SET, set: INTS(), not: true });
exports.notInts = notInts;
const whitespace = () => ({ type: types_1.types.SET, set: WHITESPACE(), not: false });
exports.whitespace = whitespace;
const notWhitespace = () => ({ type: types_1.types.SET, set: WHITESPACE(), not: true });
exports.notWhitespace = notWhitespace;
const anyChar = () => ({ type: types_1.types.SET, set: NOTANYCHAR(), not: true });
exports.anyChar = anyChar;
//# sourceMappingURL=sets.js.map

/***/ }),

/***/ 697:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tokenizer = void 0;
const util = __importStar(__nccwpck_require__(3678));
const types_1 = __nccwpck_require__(9282);
const sets = __importStar(__nccwpck_require__(1227));
/**
 * Valid opening characters for capture group names.
 */
const captureGroupFirstChar = /^[a-zA-Z_$]$/i;
/**
 * Valid characters for capture group names.
 */
const captureGroupChars = /^[a-zA-Z0-9_$]$/i;
const digit = /\d/;
/**
 * Tokenizes a regular expression (that is currently a string)
 * @param {string} regexpStr String of regular expression to be tokenized
 *
 * @returns {Root}
 */
const tokenizer = (regexpStr) => {
    let i = 0, c;
    let start = { type: types_1.types.ROOT, stack: [] };
    // Keep track of last clause/group and stack.
    let lastGroup = start;
    let last = start.stack;
    let groupStack = [];
    let referenceQueue = [];
    let groupCount = 0;
    const repeatErr = (col) => {
        throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Nothing to repeat at column ${col - 1}`);
    };
    // Decode a few escaped characters.
    let str = util.strToChars(regexpStr);
    // Iterate through each character in string.
    while (i < str.length) {
        switch (c = str[i++]) {
            // Handle escaped characters, inclues a few sets.
            case '\\':
                if (i === str.length) {
                    throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: \\ at end of pattern`);
                }
                switch (c = str[i++]) {
                    case 'b':
                        last.push({ type: types_1.types.POSITION, value: 'b' });
                        break;
                    case 'B':
                        last.push({ type: types_1.types.POSITION, value: 'B' });
                        break;
                    case 'w':
                        last.push(sets.words());
                        break;
                    case 'W':
                        last.push(sets.notWords());
                        break;
                    case 'd':
                        last.push(sets.ints());
                        break;
                    case 'D':
                        last.push(sets.notInts());
                        break;
                    case 's':
                        last.push(sets.whitespace());
                        break;
                    case 'S':
                        last.push(sets.notWhitespace());
                        break;
                    default:
                        // Check if c is integer.
                        // In which case it's a reference.
                        if (digit.test(c)) {
                            let digits = c;
                            while (i < str.length && digit.test(str[i])) {
                                digits += str[i++];
                            }
                            let value = parseInt(digits, 10);
                            const reference = { type: types_1.types.REFERENCE, value };
                            last.push(reference);
                            referenceQueue.push({ reference, stack: last, index: last.length - 1 });
                            // Escaped character.
                        }
                        else {
                            last.push({ type: types_1.types.CHAR, value: c.charCodeAt(0) });
                        }
                }
                break;
            // Positionals.
            case '^':
                last.push({ type: types_1.types.POSITION, value: '^' });
                break;
            case '$':
                last.push({ type: types_1.types.POSITION, value: '$' });
                break;
            // Handle custom sets.
            case '[': {
                // Check if this class is 'anti' i.e. [^abc].
                let not;
                if (str[i] === '^') {
                    not = true;
                    i++;
                }
                else {
                    not = false;
                }
                // Get all the characters in class.
                let classTokens = util.tokenizeClass(str.slice(i), regexpStr);
                // Increase index by length of class.
                i += classTokens[1];
                last.push({
                    type: types_1.types.SET,
                    set: classTokens[0],
                    not,
                });
                break;
            }
            // Class of any character except \n.
            case '.':
                last.push(sets.anyChar());
                break;
            // Push group onto stack.
            case '(': {
                // Create group.
                let group = {
                    type: types_1.types.GROUP,
                    stack: [],
                    remember: true,
                };
                // If this is a special kind of group.
                if (str[i] === '?') {
                    c = str[i + 1];
                    i += 2;
                    // Match if followed by.
                    if (c === '=') {
                        group.followedBy = true;
                        group.remember = false;
                        // Match if not followed by.
                    }
                    else if (c === '!') {
                        group.notFollowedBy = true;
                        group.remember = false;
                    }
                    else if (c === '<') {
                        let name = '';
                        if (captureGroupFirstChar.test(str[i])) {
                            name += str[i];
                            i++;
                        }
                        else {
                            throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Invalid capture group name, character '${str[i]}'` +
                                ` after '<' at column ${i + 1}`);
                        }
                        while (i < str.length && captureGroupChars.test(str[i])) {
                            name += str[i];
                            i++;
                        }
                        if (str[i] !== '>') {
                            throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Unclosed capture group name, expected '>', found` +
                                ` '${str[i]}' at column ${i + 1}`);
                        }
                        group.name = name;
                        i++;
                    }
                    else if (c === ':') {
                        group.remember = false;
                    }
                    else {
                        throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Invalid group, character '${c}'` +
                            ` after '?' at column ${i - 1}`);
                    }
                }
                else {
                    groupCount += 1;
                }
                // Insert subgroup into current group stack.
                last.push(group);
                // Remember the current group for when the group closes.
                groupStack.push(lastGroup);
                // Make this new group the current group.
                lastGroup = group;
                last = group.stack;
                break;
            }
            // Pop group out of stack.
            case ')':
                if (groupStack.length === 0) {
                    throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Unmatched ) at column ${i - 1}`);
                }
                lastGroup = groupStack.pop();
                // Check if this group has a PIPE.
                // To get back the correct last stack.
                last = lastGroup.options ?
                    lastGroup.options[lastGroup.options.length - 1] :
                    lastGroup.stack;
                break;
            // Use pipe character to give more choices.
            case '|': {
                // Create array where options are if this is the first PIPE
                // in this clause.
                if (!lastGroup.options) {
                    lastGroup.options = [lastGroup.stack];
                    delete lastGroup.stack;
                }
                // Create a new stack and add to options for rest of clause.
                let stack = [];
                lastGroup.options.push(stack);
                last = stack;
                break;
            }
            // Repetition.
            // For every repetition, remove last element from last stack
            // then insert back a RANGE object.
            // This design is chosen because there could be more than
            // one repetition symbols in a regex i.e. `a?+{2,3}`.
            case '{': {
                let rs = /^(\d+)(,(\d+)?)?\}/.exec(str.slice(i)), min, max;
                if (rs !== null) {
                    if (last.length === 0) {
                        repeatErr(i);
                    }
                    min = parseInt(rs[1], 10);
                    max = rs[2] ? rs[3] ? parseInt(rs[3], 10) : Infinity : min;
                    i += rs[0].length;
                    last.push({
                        type: types_1.types.REPETITION,
                        min,
                        max,
                        value: last.pop(),
                    });
                }
                else {
                    last.push({
                        type: types_1.types.CHAR,
                        value: 123,
                    });
                }
                break;
            }
            case '?':
                if (last.length === 0) {
                    repeatErr(i);
                }
                last.push({
                    type: types_1.types.REPETITION,
                    min: 0,
                    max: 1,
                    value: last.pop(),
                });
                break;
            case '+':
                if (last.length === 0) {
                    repeatErr(i);
                }
                last.push({
                    type: types_1.types.REPETITION,
                    min: 1,
                    max: Infinity,
                    value: last.pop(),
                });
                break;
            case '*':
                if (last.length === 0) {
                    repeatErr(i);
                }
                last.push({
                    type: types_1.types.REPETITION,
                    min: 0,
                    max: Infinity,
                    value: last.pop(),
                });
                break;
            // Default is a character that is not `\[](){}?+*^$`.
            default:
                last.push({
                    type: types_1.types.CHAR,
                    value: c.charCodeAt(0),
                });
        }
    }
    // Check if any groups have not been closed.
    if (groupStack.length !== 0) {
        throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Unterminated group`);
    }
    updateReferences(referenceQueue, groupCount);
    return start;
};
exports.tokenizer = tokenizer;
/**
 * This is a side effecting function that changes references to chars
 * if there are not enough capturing groups to reference
 * See: https://github.com/fent/ret.js/pull/39#issuecomment-1006475703
 * See: https://github.com/fent/ret.js/issues/38
 * @param {(Reference | Char)[]} referenceQueue
 * @param {number} groupCount
 * @returns {void}
 */
function updateReferences(referenceQueue, groupCount) {
    // Note: We go through the queue in reverse order so
    // that index we use is correct even if we have to add
    // multiple tokens to one stack
    for (const elem of referenceQueue.reverse()) {
        if (groupCount < elem.reference.value) {
            // If there is nothing to reference then turn this into a char token
            elem.reference.type = types_1.types.CHAR;
            const valueString = elem.reference.value.toString();
            elem.reference.value = parseInt(valueString, 8);
            // If the number is not octal then we need to create multiple tokens
            // https://github.com/fent/ret.js/pull/39#issuecomment-1008229226
            if (!/^[0-7]+$/.test(valueString)) {
                let i = 0;
                while (valueString[i] !== '8' && valueString[i] !== '9') {
                    i += 1;
                }
                if (i === 0) {
                    // Handling case when escaped number starts with 8 or 9
                    elem.reference.value = valueString.charCodeAt(0);
                    i += 1;
                }
                else {
                    // If the escaped number does not start with 8 or 9, then all
                    // 0-7 digits before the first 8/9 form the first character code
                    // see: https://github.com/fent/ret.js/pull/39#discussion_r780747085
                    elem.reference.value = parseInt(valueString.slice(0, i), 8);
                }
                if (valueString.length > i) {
                    const tail = elem.stack.splice(elem.index + 1);
                    for (const char of valueString.slice(i)) {
                        elem.stack.push({
                            type: types_1.types.CHAR,
                            value: char.charCodeAt(0),
                        });
                    }
                    elem.stack.push(...tail);
                }
            }
        }
    }
}
//# sourceMappingURL=tokenizer.js.map

/***/ }),

/***/ 9282:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(5426), exports);
__exportStar(__nccwpck_require__(7759), exports);
__exportStar(__nccwpck_require__(9797), exports);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9797:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
//# sourceMappingURL=set-lookup.js.map

/***/ }),

/***/ 5426:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
//# sourceMappingURL=tokens.js.map

/***/ }),

/***/ 7759:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.types = void 0;
var types;
(function (types) {
    types[types["ROOT"] = 0] = "ROOT";
    types[types["GROUP"] = 1] = "GROUP";
    types[types["POSITION"] = 2] = "POSITION";
    types[types["SET"] = 3] = "SET";
    types[types["RANGE"] = 4] = "RANGE";
    types[types["REPETITION"] = 5] = "REPETITION";
    types[types["REFERENCE"] = 6] = "REFERENCE";
    types[types["CHAR"] = 7] = "CHAR";
})(types || (exports.types = types = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 3678:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tokenizeClass = exports.strToChars = void 0;
const types_1 = __nccwpck_require__(9282);
const sets = __importStar(__nccwpck_require__(1227));
const CTRL = '@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^ ?';
/**
 * Finds character representations in str and convert all to
 * their respective characters.
 *
 * @param {string} str
 * @returns {string}
 */
const strToChars = (str) => {
    const charsRegex = /(\[\\b\])|(\\)?\\(?:u([A-F0-9]{4})|x([A-F0-9]{2})|c([@A-Z[\\\]^?])|([0tnvfr]))/g;
    return str.replace(charsRegex, (s, b, lbs, a16, b16, dctrl, eslsh) => {
        if (lbs) {
            return s;
        }
        let code = b ? 8 :
            a16 ? parseInt(a16, 16) :
                b16 ? parseInt(b16, 16) :
                    dctrl ? CTRL.indexOf(dctrl) : {
                        0: 0,
                        t: 9,
                        n: 10,
                        v: 11,
                        f: 12,
                        r: 13,
                    }[eslsh];
        let c = String.fromCharCode(code);
        // Escape special regex characters.
        return /[[\]{}^$.|?*+()]/.test(c) ? `\\${c}` : c;
    });
};
exports.strToChars = strToChars;
/**
 * Turns class into tokens
 * reads str until it encounters a ] not preceeded by a \
 *
 * @param {string} str
 * @param {string} regexpStr
 * @returns {Array.<Array.<Object>, number>}
 */
const tokenizeClass = (str, regexpStr = '') => {
    var _a, _b, _c, _d, _e, _f, _g;
    let tokens = [], rs, c;
    const regexp = /\\(?:(w)|(d)|(s)|(W)|(D)|(S))|((?:(?:\\)(.)|([^\]\\]))-(((?:\\)])|(((?:\\)?([^\]])))))|(\])|(?:\\)?([^])/g;
    while ((rs = regexp.exec(str)) !== null) {
        const p = (_g = (_f = (_e = (_d = (_c = (_b = (_a = (rs[1] && sets.words())) !== null && _a !== void 0 ? _a : (rs[2] && sets.ints())) !== null && _b !== void 0 ? _b : (rs[3] && sets.whitespace())) !== null && _c !== void 0 ? _c : (rs[4] && sets.notWords())) !== null && _d !== void 0 ? _d : (rs[5] && sets.notInts())) !== null && _e !== void 0 ? _e : (rs[6] && sets.notWhitespace())) !== null && _f !== void 0 ? _f : (rs[7] && {
            type: types_1.types.RANGE,
            from: (rs[8] || rs[9]).charCodeAt(0),
            to: (c = rs[10]).charCodeAt(c.length - 1),
        })) !== null && _g !== void 0 ? _g : ((c = rs[16]) && { type: types_1.types.CHAR, value: c.charCodeAt(0) });
        if (p) {
            tokens.push(p);
        }
        else {
            return [tokens, regexp.lastIndex];
        }
    }
    throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Unterminated character class`);
};
exports.tokenizeClass = tokenizeClass;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 6349:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.setChar = setChar;
exports.writeSetTokens = writeSetTokens;
const types_1 = __nccwpck_require__(9282);
const sets = __importStar(__nccwpck_require__(3494));
/**
 * Takes character code and returns character to be displayed in a set
 * @param {number} charCode Character code of set element
 * @returns {string} The string for the sets character
 */
function setChar(charCode) {
    return charCode === 94 ? '\\^' :
        charCode === 92 ? '\\\\' :
            charCode === 93 ? '\\]' :
                charCode === 45 ? '\\-' :
                    String.fromCharCode(charCode);
}
/**
 * Test if a character set matches a 'set-lookup'
 * @param {SetTokens} set The set to be tested
 * @param {SetLookup} param The predefined 'set-lookup' & the number of elements in the lookup
 * @returns {boolean} True if the character set corresponds to the 'set-lookup'
 */
function isSameSet(set, { lookup, len }) {
    // If the set and the lookup are not of the same length
    // then we immediately know that the lookup will be false
    if (len !== set.length) {
        return false;
    }
    const map = lookup();
    for (const elem of set) {
        if (elem.type === types_1.types.SET) {
            return false;
        }
        const key = elem.type === types_1.types.CHAR ? elem.value : `${elem.from}-${elem.to}`;
        if (map[key]) {
            map[key] = false;
        }
        else {
            return false;
        }
    }
    return true;
}
/**
 * Writes the tokens for a set
 * @param {Set} set The set to display
 * @param {boolean} isNested Whether the token is nested inside another set token
 * @returns {string} The tokens for the set
 */
function writeSetTokens(set, isNested = false) {
    if (isSameSet(set.set, sets.INTS)) {
        return set.not ? '\\D' : '\\d';
    }
    if (isSameSet(set.set, sets.WORDS)) {
        return set.not ? '\\W' : '\\w';
    }
    // Notanychar is only relevant when not nested inside another set token
    if (set.not && isSameSet(set.set, sets.NOTANYCHAR)) {
        return '.';
    }
    if (isSameSet(set.set, sets.WHITESPACE)) {
        return set.not ? '\\S' : '\\s';
    }
    let tokenString = '';
    for (let i = 0; i < set.set.length; i++) {
        const subset = set.set[i];
        tokenString += writeSetToken(subset);
    }
    const contents = `${set.not ? '^' : ''}${tokenString}`;
    return isNested ? contents : `[${contents}]`;
}
/**
 * Writes a token within a set
 * @param {Range | Char | Set} set The set token to display
 * @returns {string} The token as a string
 */
function writeSetToken(set) {
    if (set.type === types_1.types.CHAR) {
        return setChar(set.value);
    }
    else if (set.type === types_1.types.RANGE) {
        return `${setChar(set.from)}-${setChar(set.to)}`;
    }
    return writeSetTokens(set, true);
}
//# sourceMappingURL=write-set-tokens.js.map

/***/ }),

/***/ 5577:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dn: () => (/* binding */ IncidentScorer),
  Mp: () => (/* binding */ scoreSeries),
  fI: () => (/* binding */ seriesCadence)
});

// UNUSED EXPORTS: AnomalyEngine, DEFAULT_ANOMALY_OPTIONS, inferCadence, resolveAnomalyOptions

// EXTERNAL MODULE: ./src/analysis/statistics/order-statistics.ts
var order_statistics = __nccwpck_require__(4134);
;// CONCATENATED MODULE: ./src/analysis/series/shape-discord.ts
// How unlike anything in its recent history the last span of a series is: the distance from the
// span just ended to its nearest neighbour among the earlier spans of the same length (a "discord",
// in the time-series literature). It sees what a level test cannot: a daily peak that did not come,
// a holiday shaped like no other day, spikes grown denser within the usual range, a swell at an hour
// when the series is always quiet. Each of those stays within the series' usual extremes, so only
// its shape is new.
//
// The series is cut into segments of fixed wall-clock length (their means, so any cadence gives the
// same shape) and the span is a run of consecutive segments. The distance is computed once per
// closed segment, against every earlier span in the history (one per segment offset), with early
// abandoning: a few hundred candidates of a dozen numbers, so it costs a small fraction of the
// per-sample work. Memory is the ring of segment means: bounded by the history, not the series.
/** Nearest-neighbour distance of the last span of segment means to the earlier spans of a bounded history. */
class ShapeDiscord {
    segmentMs;
    segments;
    ring;
    candidates;
    // Segments closed so far (absolute count); the ring holds the last `ring.length` of them.
    closed = 0;
    origin = Number.NaN;
    current = 0;
    sum = 0;
    count = 0;
    lastMean = Number.NaN;
    latest = Number.NaN;
    latestLast = Number.NaN;
    /**
     * @param segmentMs wall-clock length of one segment
     * @param segments segments in one span (the shape compared)
     * @param historyMs how far back candidate spans may end
     */
    constructor(segmentMs, segments, historyMs) {
        this.segmentMs = segmentMs;
        this.segments = segments;
        if (!(segmentMs > 0) || !Number.isInteger(segments) || segments < 2)
            throw new RangeError('a shape needs a positive segment length and at least 2 segments');
        this.candidates = Math.max(1, Math.round(historyMs / segmentMs));
        this.ring = new Float64Array(this.candidates + segments);
    }
    /**
     * The distance (root mean square difference of segment means) from the last closed span to its
     * nearest earlier span; NaN until a full span has an earlier one to compare with.
     */
    get distance() {
        return this.latest;
    }
    /**
     * The last closed segment minus the same segment of that nearest span: the side the shape went
     * to now, and whether the difference is still happening (it is near zero once the odd part of the
     * span lies in the past). NaN when the distance is.
     */
    get lastDifference() {
        return this.latestLast;
    }
    /** Adds a sample (timestamps only grow; the caller drops late ones). True when a segment closed. */
    push(timestamp, value) {
        if (Number.isNaN(this.origin))
            this.origin = timestamp;
        const index = Math.floor((timestamp - this.origin) / this.segmentMs);
        let closedAny = false;
        if (index > this.current) {
            // A gap leaves its segments at the last mean seen: a missing sample is not a change of shape.
            // Past a whole ring of them, more would only write the same value again.
            const steps = Math.min(index - this.current, this.ring.length);
            for (let s = 0; s < steps; s += 1) {
                if (s === 0 && this.count > 0)
                    this.lastMean = this.sum / this.count;
                this.ring[this.closed % this.ring.length] = this.lastMean;
                this.closed += 1;
            }
            this.current = index;
            this.sum = 0;
            this.count = 0;
            this.latest = this.nearest();
            closedAny = true;
        }
        this.sum += value;
        this.count += 1;
        return closedAny;
    }
    at(segment) {
        return this.ring[segment % this.ring.length];
    }
    nearest() {
        const n = this.segments;
        const end = this.closed - 1;
        const oldest = Math.max(n - 1, end - this.candidates);
        this.latestLast = Number.NaN;
        if (end - n < oldest || Number.isNaN(this.at(end - n + 1)))
            return Number.NaN;
        let best = Infinity;
        let bestAt = -1;
        for (let c = end - n; c >= oldest; c -= 1) {
            let d = 0;
            for (let j = 0; j < n && d < best; j += 1) {
                const x = this.at(end - j) - this.at(c - j);
                d += x * x;
            }
            if (d < best) {
                best = d;
                bestAt = c;
            }
        }
        if (bestAt < 0)
            return Number.NaN;
        this.latestLast = this.at(end) - this.at(bestAt);
        return Math.sqrt(best / n);
    }
}

;// CONCATENATED MODULE: ./src/analysis/series/anomaly-engine.ts
// The one metric anomaly engine: `aws-monitor detect-series` and the scan's metric detectors both
// judge "unusual" here, with the same defaults.
//
// The idea, in one sentence: a statistic of the series is unusual when it goes further from the
// series' own centre, by a factor, than it went in at least `recurrence` of the recent blocks of
// time. Blocks are hours of wall-clock time, never counts of samples, so a series read at 1-minute,
// 5-minute or hourly resolution is judged on the same span. Four statistics of the value are judged:
//   - the value itself (a spike or a dip);
//   - the median of the last `shortMinutes` (a level change that outlasts a few samples);
//   - the median of the last `longMinutes` (a smaller change that lasts an afternoon);
//   - the short median against the same time of day on previous days (a daily pattern broken:
//     the busy hours did not come, or came at night; off by default);
// and the shape of the last day: how far it is from the most similar earlier day-long span
// (`shape-discord.ts`). That one sees what a level cannot: a peak that did not come, a holiday,
// spikes grown denser, all within the usual range.
// Why blocks and a recurrence count rather than a week's maximum or a quantile: a week's maximum
// lets one past incident hide every later one of the same size (the detector this replaces missed
// most held-out incidents that way), and a quantile of samples flags every busy hour of a spiky
// series. The k-th largest block maximum is what the series reaches repeatedly: a nightly job
// reaches it every night, a past incident only once.
//
// What was flagged is learned late, after the incident: an incident is not its own baseline while
// it lasts, and once over, a burst that happened becomes part of what the series does. A level
// change that lasts `rebaselineMinutes` is the new normal: the history restarts from it.


// Chosen by bench/nab-more.ts (the in-sample pick of its cross-validated grid) except warmupHours,
// which is set, not tuned: the shortest history a scan of a young account can offer.
const DEFAULT_ANOMALY_OPTIONS = Object.freeze({
    historyDays: 10,
    blockHours: 6,
    warmupHours: 6,
    recurrence: 2,
    spikeFactor: 2,
    shiftFactor: 2,
    seasonalFactor: 2,
    shortMinutes: 60,
    longMinutes: 240,
    seasonalDays: 0,
    quietMinutes: 1440,
    rebaselineMinutes: 180,
    minRelativeSpread: 0.05,
    textureMinutes: 0,
    textureFactor: 4,
    shapeHours: 24,
    shapeFactor: 2,
    direction: 'both',
    returnDays: 0,
});
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Streams judged: the value, the short median, the long median, the seasonal residual.
const VALUE = 0;
const SHORT = 1;
const LONG = 2;
const SEASONAL = 3;
const TEXTURE = 4;
const SHAPE = 5;
const STREAMS = 6;
// Segments in one span of the shape test: a day at 2-hour resolution by default.
const SHAPE_SEGMENTS = 12;
// A shape's distance stays high for as long as the odd segment is inside the span, so one past event
// fills several consecutive blocks: its usual extreme is one block further down the ranking than a
// sample's (`recurrence` + 1), and it needs a day of blocks before it judges at all.
const SHAPE_EXTRA_RANK = 1;
const SHAPE_MIN_BLOCKS = 4;
// A rolling median over a long span looks at no more than this many samples (longer spans take every n-th).
const MEDIAN_SAMPLES = 48;
// A mean of fewer steps is noise, not texture: an hourly series' texture spans at least 6 hours.
const TEXTURE_MIN_STEPS = 6;
// Samples a block keeps for its median; past it, every other sample (the median of a block is a centre, not a tail).
const BLOCK_SAMPLES = 1024;
function resolveAnomalyOptions(options = {}) {
    const o = { ...DEFAULT_ANOMALY_OPTIONS, ...options };
    const positive = ['historyDays', 'blockHours', 'spikeFactor', 'shiftFactor', 'seasonalFactor', 'shortMinutes', 'textureFactor', 'shapeFactor'];
    for (const key of positive)
        if (!(o[key] > 0) || !Number.isFinite(o[key]))
            throw new RangeError(`${key} must be a positive number, got ${o[key]}`);
    const nonNegative = [
        'returnDays',
        'warmupHours',
        'longMinutes',
        'seasonalDays',
        'quietMinutes',
        'rebaselineMinutes',
        'minRelativeSpread',
        'textureMinutes',
        'shapeHours',
    ];
    for (const key of nonNegative)
        if (!(o[key] >= 0) || !Number.isFinite(o[key]))
            throw new RangeError(`${key} must be zero or more, got ${o[key]}`);
    if (!Number.isInteger(o.recurrence) || o.recurrence < 1)
        throw new RangeError(`recurrence must be a positive integer, got ${o.recurrence}`);
    if (!Number.isInteger(o.seasonalDays))
        throw new RangeError(`seasonalDays must be an integer, got ${o.seasonalDays}`);
    if (o.direction !== 'both' && o.direction !== 'up' && o.direction !== 'down')
        throw new RangeError(`direction must be both, up or down, got ${String(o.direction)}`);
    return o;
}
/**
 * The engine over one series, fed in time order, one sample at a time: memory is bounded by the
 * history (blocks and a few rolling windows), never by the length of the series. The cadence
 * (the usual step between samples) is learned from the first samples' timestamps unless given.
 */
class AnomalyEngine {
    options;
    cadenceMs;
    gapsSeen = [];
    windows;
    lastTimestamp = Number.NaN;
    verdict = { score: 0, anomalous: false, test: 0 };
    constructor(options = {}, cadenceMs) {
        this.options = resolveAnomalyOptions(options);
        this.cadenceMs = cadenceMs !== undefined && cadenceMs > 0 ? cadenceMs : Number.NaN;
    }
    /** The step between samples the spans were sized for (NaN until known). */
    get cadence() {
        return this.cadenceMs;
    }
    /**
     * Judges one sample against what came before, then learns from it. A sample with the timestamp of
     * the one before (a repeated row) or an earlier one (a late row) is judged but not learned: the
     * history only moves forward. A non-finite value or timestamp is skipped (score 0).
     */
    push(timestamp, value) {
        const verdict = this.verdict;
        verdict.score = 0;
        verdict.anomalous = false;
        verdict.test = 0;
        if (!Number.isFinite(value) || !Number.isFinite(timestamp))
            return verdict;
        const late = timestamp <= this.lastTimestamp;
        if (!this.windows) {
            // The spans in samples depend on the cadence: until it is known, samples wait (they are far too
            // few to judge) and are learned once it is.
            if (!late) {
                if (!Number.isNaN(this.lastTimestamp))
                    this.gapsSeen.push(timestamp - this.lastTimestamp);
                this.lastTimestamp = timestamp;
                this.early.push(timestamp, value);
            }
            if (Number.isNaN(this.cadenceMs) && this.gapsSeen.length < CADENCE_SAMPLES)
                return verdict;
            if (Number.isNaN(this.cadenceMs))
                this.cadenceMs = inferCadence(this.gapsSeen);
            this.windows = new Windows(this.options, this.cadenceMs);
            for (let i = 0; i < this.early.length; i += 2)
                this.windows.judge(this.early[i], this.early[i + 1], false, verdict);
            this.early = [];
            verdict.score = 0;
            verdict.anomalous = false;
            verdict.test = 0;
            return verdict;
        }
        if (!late)
            this.lastTimestamp = timestamp;
        this.windows.judge(late ? this.lastTimestamp : timestamp, value, late, verdict);
        return verdict;
    }
    early = [];
}
// Gaps looked at before the cadence is fixed: enough for a robust median, few enough to be early.
const CADENCE_SAMPLES = 16;
/** The usual step between samples: the median positive gap (gaps and repeats do not move it). */
function inferCadence(gaps) {
    const positive = Float64Array.from(gaps.filter((g) => g > 0));
    if (positive.length === 0)
        return MINUTE;
    return Math.max(1000, (0,order_statistics/* selectInPlace */.r$)(positive, positive.length >> 1));
}
/** The cadence of a whole series by its timestamps, for callers that hold it all. */
function seriesCadence(timestamps) {
    const gaps = [];
    for (let i = 1; i < timestamps.length; i += 1)
        gaps.push(timestamps[i] - timestamps[i - 1]);
    return inferCadence(gaps);
}
/** The windows and history of one series once its cadence is known. */
class Windows {
    o;
    blockMs;
    // Blocks start at the series' first sample, not at the clock's hours: aligned to UTC, a young
    // series' first block was cut short by however late in a block it began, so whether it was warm
    // (and so whether an incident was found) depended on the hour of the scan.
    origin = Number.NaN;
    maxBlocks;
    warmMs;
    cadenceMs;
    up;
    down;
    short;
    long;
    longStride;
    longSeen = 0;
    noise;
    // Closed blocks, oldest first; the open block collects samples until time passes its end.
    blocks = [];
    open;
    openValues = new Float64Array(BLOCK_SAMPLES);
    openCount = 0;
    openStride = 1;
    openSeen = 0;
    // References from the closed blocks, recomputed when a block closes.
    centre = Number.NaN;
    refHigh = new Float64Array(STREAMS);
    refLow = new Float64Array(STREAMS);
    // Extreme-value bars: distances from the centre (zero for the seasonal residual).
    barHigh = new Float64Array(STREAMS);
    barLow = new Float64Array(STREAMS);
    returnY;
    warm = false;
    // The seasonal test: the short median at each sample over the last seasonalDays days.
    seasonal;
    dayValues;
    // Samples held back while an incident is open: [timestamp, s0, s1, s2, s3] per sample.
    held = [];
    lastAnomalyAt = Number.NaN;
    shiftSince = Number.NaN;
    stats = new Float64Array(STREAMS);
    // The texture test: a running mean of |x - previous x| over the last textureSize samples.
    textureSteps;
    textureHead = 0;
    textureCount = 0;
    textureSum = 0;
    previousValue = Number.NaN;
    shape;
    constructor(options, cadenceMs) {
        this.o = options;
        this.blockMs = options.blockHours * HOUR;
        this.maxBlocks = Math.max(1, Math.round((options.historyDays * DAY) / this.blockMs));
        // Warm once the closed blocks cover warmupHours of samples, however the blocks fall on the clock.
        this.warmMs = Math.max(options.warmupHours * HOUR, cadenceMs);
        this.cadenceMs = cadenceMs;
        this.up = options.direction !== 'down';
        this.down = options.direction !== 'up';
        const shortSize = Math.max(1, Math.round((options.shortMinutes * MINUTE) / cadenceMs));
        this.short = new order_statistics/* RollingMedian */.GI(shortSize);
        const longSpan = Math.round((options.longMinutes * MINUTE) / cadenceMs);
        this.longStride = Math.max(1, Math.round(longSpan / MEDIAN_SAMPLES));
        const longSize = Math.ceil(longSpan / this.longStride);
        if (longSpan > shortSize)
            this.long = new order_statistics/* RollingMedian */.GI(longSize);
        // Independent noise moves a k-sample median by about 1.25/sqrt(k) of the samples' spread.
        this.noise = Float64Array.from([
            0,
            shortSize > 1 ? 1.25 / Math.sqrt(shortSize) : 1,
            this.long ? 1.25 / Math.sqrt(longSize) : 1,
            shortSize > 1 ? 1.25 / Math.sqrt(shortSize) : 1,
        ]);
        if (options.seasonalDays > 0)
            this.seasonal = new TimeRing(Math.ceil(((options.seasonalDays * DAY) / cadenceMs) * 1.1) + 16);
        this.dayValues = new Float64Array(Math.max(1, options.seasonalDays));
        const textureSize = Math.max(TEXTURE_MIN_STEPS, Math.round((options.textureMinutes * MINUTE) / cadenceMs));
        if (options.textureMinutes > 0 && options.direction === 'both')
            this.textureSteps = new Float64Array(textureSize);
        if (options.shapeHours > 0) {
            const segmentMs = Math.max((options.shapeHours * HOUR) / SHAPE_SEGMENTS, cadenceMs);
            this.shape = new ShapeDiscord(segmentMs, SHAPE_SEGMENTS, options.historyDays * DAY);
        }
        const returnBlocks = (options.returnDays * DAY) / this.blockMs;
        this.returnY = returnBlocks > 1 ? -Math.log(-Math.log(1 - 1 / returnBlocks)) : 0;
    }
    judge(timestamp, value, repeated, verdict) {
        const stats = this.stats;
        if (Number.isNaN(this.origin))
            this.origin = timestamp;
        if (!repeated) {
            this.short.push(value);
            if (this.long && this.longSeen++ % this.longStride === 0)
                this.long.push(value);
        }
        stats[VALUE] = value;
        stats[SHORT] = this.short.lowerMedian();
        stats[LONG] = this.long && this.long.size === this.long.capacity ? this.long.lowerMedian() : Number.NaN;
        stats[SEASONAL] = Number.NaN;
        stats[TEXTURE] = this.texture(value, repeated);
        if (this.shape && !repeated)
            this.shape.push(timestamp, value);
        stats[SHAPE] = this.shape ? this.shape.distance : Number.NaN;
        if (this.seasonal) {
            const base = this.seasonalBase(timestamp);
            if (!Number.isNaN(base))
                stats[SEASONAL] = stats[SHORT] - base;
            if (!repeated)
                this.seasonal.push(timestamp, stats[SHORT]);
        }
        this.closeBlocksBefore(timestamp);
        let ratio = 0;
        let shifted = false;
        if (this.warm) {
            const o = this.o;
            const centre = this.centre;
            const floor = o.minRelativeSpread * Math.abs(centre);
            const spreadHigh = this.refHigh[VALUE] - centre;
            const spreadLow = centre - this.refLow[VALUE];
            for (let s = 0; s < TEXTURE; s += 1) {
                const x = stats[s];
                if (Number.isNaN(x))
                    continue;
                const factor = s === VALUE ? o.spikeFactor : s === SEASONAL ? o.seasonalFactor : o.shiftFactor;
                // The seasonal residual is centred on zero; the others on the history's centre.
                const c = s === SEASONAL ? 0 : centre;
                let r = 0;
                if (x > c && this.up)
                    r = (x - c) / Math.max((this.refHigh[s] - c) * factor, this.barHigh[s], floor, this.noise[s] * spreadHigh * factor);
                else if (x < c && this.down)
                    r = (c - x) / Math.max((c - this.refLow[s]) * factor, this.barLow[s], floor, this.noise[s] * spreadLow * factor);
                if (Number.isNaN(r))
                    r = Infinity;
                if (r > ratio) {
                    ratio = r;
                    verdict.test = x > c ? s + 1 : -(s + 1);
                }
                if (r > 1 && s === LONG)
                    shifted = true;
            }
            const x = stats[TEXTURE];
            if (!Number.isNaN(x)) {
                // Its own scale: steps this many times larger than the k-th largest block's, or smaller than
                // the k-th smallest block's. The floor keeps a quantised or idle series' tiny steps quiet.
                const high = Math.max(this.refHigh[TEXTURE] * o.textureFactor, floor * 0.2);
                const low = this.refLow[TEXTURE] / o.textureFactor;
                const r = x > high ? x / high : x < low ? low / Math.max(x, low * 1e-6) : 0;
                if (r > ratio) {
                    ratio = r;
                    verdict.test = x > high ? TEXTURE + 1 : -(TEXTURE + 1);
                }
            }
            const d = stats[SHAPE];
            if (!Number.isNaN(d) && !Number.isNaN(this.refHigh[SHAPE])) {
                let r = d / Math.max(this.refHigh[SHAPE] * o.shapeFactor, floor);
                // Asked about one side, a shape counts only while it is happening now, on that side: the
                // latest segment is off on that side by at least the span's own distance. (The distance
                // alone stays high for a whole span after a short change, which would stretch a finding
                // long past its end.)
                if (this.up !== this.down) {
                    const now = this.shape.lastDifference;
                    if (!((this.up ? now : -now) >= d))
                        r = 0;
                }
                if (r > ratio) {
                    ratio = r;
                    verdict.test = SHAPE + 1;
                }
            }
            verdict.score = ratio === Infinity ? 1 : ratio / (1 + ratio);
            verdict.anomalous = ratio > 1;
        }
        if (repeated)
            return;
        this.learn(timestamp, verdict.anomalous, shifted);
    }
    /** Learns the sample now, or holds it back while an incident is open. */
    learn(timestamp, anomalous, shifted) {
        const o = this.o;
        const stats = this.stats;
        if (anomalous)
            this.lastAnomalyAt = timestamp;
        this.shiftSince = shifted ? (Number.isNaN(this.shiftSince) ? timestamp : this.shiftSince) : Number.NaN;
        const incidentOpen = !Number.isNaN(this.lastAnomalyAt) && timestamp - this.lastAnomalyAt < o.quietMinutes * MINUTE;
        if (!incidentOpen) {
            // The incident is over: what it did is now part of what the series does.
            if (this.held.length > 0)
                this.releaseHeld();
            this.add(timestamp, stats);
            return;
        }
        this.held.push(timestamp);
        for (let s = 0; s < STREAMS; s += 1)
            this.held.push(stats[s]);
        if (o.rebaselineMinutes > 0 && !Number.isNaN(this.shiftSince) && timestamp - this.shiftSince >= o.rebaselineMinutes * MINUTE) {
            // The level change lasted: what it did becomes history now, so once it has filled `recurrence`
            // blocks it is the new normal. (Clearing the history instead made a young series re-learn from a
            // few hours again and again: every daily swing it had not yet seen restarted it.)
            this.lastAnomalyAt = Number.NaN;
            this.shiftSince = Number.NaN;
            this.releaseHeld();
        }
    }
    releaseHeld() {
        const held = this.held;
        this.held = [];
        const stats = new Float64Array(STREAMS);
        let late = false;
        for (let i = 0; i < held.length; i += STREAMS + 1) {
            for (let s = 0; s < STREAMS; s += 1)
                stats[s] = held[i + 1 + s];
            late = this.add(held[i], stats, false) || late;
        }
        // Once for the whole incident, not once per sample: the references depend only on the blocks.
        if (late)
            this.computeReferences();
    }
    /**
     * Adds a sample's statistics to its block: the open one, or a closed one when learned late (then
     * the references are recomputed, unless the caller does it once for many samples). True when the
     * block was a closed one.
     */
    add(timestamp, stats, recompute = true) {
        const index = this.blockIndex(timestamp);
        let block = this.open;
        if (!block || block.index !== index) {
            block = undefined;
            for (let b = this.blocks.length - 1; b >= 0; b -= 1) {
                if (this.blocks[b].index === index) {
                    block = this.blocks[b];
                    break;
                }
            }
            if (!block) {
                if (this.open && index < this.open.index)
                    return false;
                this.closeOpen();
                block = this.newBlock(index);
                this.open = block;
            }
        }
        if (timestamp < block.first)
            block.first = timestamp;
        if (timestamp > block.last)
            block.last = timestamp;
        for (let s = 0; s < STREAMS; s += 1) {
            const x = stats[s];
            if (Number.isNaN(x))
                continue;
            if (x > block.high[s])
                block.high[s] = x;
            if (x < block.low[s])
                block.low[s] = x;
        }
        if (block === this.open) {
            if (this.openSeen++ % this.openStride === 0) {
                if (this.openCount === BLOCK_SAMPLES) {
                    // Thin to every other sample: a block's median needs its spread of values, not all of them.
                    for (let i = 0; i < BLOCK_SAMPLES / 2; i += 1)
                        this.openValues[i] = this.openValues[2 * i];
                    this.openCount = BLOCK_SAMPLES / 2;
                    this.openStride *= 2;
                }
                this.openValues[this.openCount++] = stats[VALUE];
            }
            return false;
        }
        if (recompute)
            this.computeReferences();
        return true;
    }
    newBlock(index) {
        return {
            index,
            coveredMs: 0,
            first: Infinity,
            last: -Infinity,
            high: new Float64Array(STREAMS).fill(-Infinity),
            low: new Float64Array(STREAMS).fill(Infinity),
            median: Number.NaN,
        };
    }
    /** The mean absolute step over the texture span, its two largest left out, once full; NaN when off or not yet full. */
    texture(value, repeated) {
        const steps = this.textureSteps;
        if (!steps)
            return Number.NaN;
        if (!repeated) {
            if (!Number.isNaN(this.previousValue)) {
                const step = Math.abs(value - this.previousValue);
                if (this.textureCount === steps.length)
                    this.textureSum -= steps[this.textureHead];
                else
                    this.textureCount += 1;
                steps[this.textureHead] = step;
                this.textureSum += step;
                this.textureHead = this.textureHead + 1 === steps.length ? 0 : this.textureHead + 1;
                // A running sum drifts by rounding: recompute it once per lap.
                if (this.textureHead === 0)
                    this.textureSum = steps.reduce((a, b) => a + b, 0);
            }
            this.previousValue = value;
        }
        if (this.textureCount < steps.length)
            return Number.NaN;
        // Without the two largest steps: one spike is two steps (up and back), and the value test has
        // judged it already. With them, every spike flagged the hour after it as rough.
        let first = 0;
        let second = 0;
        for (let i = 0; i < steps.length; i += 1) {
            const x = steps[i];
            if (x > first) {
                second = first;
                first = x;
            }
            else if (x > second)
                second = x;
        }
        return (this.textureSum - first - second) / (steps.length - 2);
    }
    blockIndex(timestamp) {
        return Math.floor((timestamp - this.origin) / this.blockMs);
    }
    closeBlocksBefore(timestamp) {
        if (this.open && this.blockIndex(timestamp) > this.open.index)
            this.closeOpen();
    }
    closeOpen() {
        const block = this.open;
        if (!block)
            return;
        this.open = undefined;
        if (this.openCount > 0) {
            block.median = (0,order_statistics/* selectInPlace */.r$)(this.openValues, (this.openCount - 1) >> 1, 0, this.openCount - 1);
            block.coveredMs = block.last - block.first + this.cadenceMs;
            this.blocks.push(block);
            if (this.blocks.length > this.maxBlocks)
                this.blocks.shift();
        }
        this.openCount = 0;
        this.openSeen = 0;
        this.openStride = 1;
        this.computeReferences();
    }
    /** The centre (median of block medians) and, per stream, the recurrence-th highest high and lowest low. */
    computeReferences() {
        const blocks = this.blocks;
        const n = blocks.length;
        let covered = 0;
        for (let b = 0; b < n; b += 1)
            covered += blocks[b].coveredMs;
        this.warm = n > 0 && covered >= this.warmMs;
        if (!this.warm)
            return;
        const medians = new Float64Array(n);
        for (let b = 0; b < n; b += 1)
            medians[b] = blocks[b].median;
        this.centre = (0,order_statistics/* selectInPlace */.r$)(medians, (n - 1) >> 1, 0, n - 1);
        // A level is usual once reached on `recurrence` blocks; a history shorter than that many days
        // cannot have seen a daily peak that often, so it asks for one reach per day it holds.
        const k = Math.max(1, Math.min(this.o.recurrence, n, Math.floor(covered / DAY)));
        const column = new Float64Array(n);
        for (let s = 0; s < STREAMS; s += 1) {
            let m = 0;
            for (let b = 0; b < n; b += 1)
                if (Number.isFinite(blocks[b].high[s]))
                    column[m++] = -blocks[b].high[s];
            const fallback = s === SEASONAL ? 0 : s === TEXTURE || s === SHAPE ? Number.NaN : this.centre;
            if (s === SHAPE) {
                const rank = k + SHAPE_EXTRA_RANK;
                this.refHigh[s] = m >= Math.max(rank, SHAPE_MIN_BLOCKS) ? -(0,order_statistics/* selectInPlace */.r$)(column, rank - 1, 0, m - 1) : fallback;
            }
            else
                this.refHigh[s] = m >= k ? -(0,order_statistics/* selectInPlace */.r$)(column, k - 1, 0, m - 1) : fallback;
            m = 0;
            for (let b = 0; b < n; b += 1)
                if (Number.isFinite(blocks[b].low[s]))
                    column[m++] = blocks[b].low[s];
            this.refLow[s] = m >= k ? (0,order_statistics/* selectInPlace */.r$)(column, k - 1, 0, m - 1) : fallback;
            const c = s === SEASONAL ? 0 : this.centre;
            this.barHigh[s] = this.gumbelBar(blocks, s, c, 1, column);
            this.barLow[s] = this.gumbelBar(blocks, s, c, -1, column);
        }
    }
    /** The distance from c the blocks' extremes on one side reach once in returnDays (Gumbel, robust fit); 0 when off or too few. */
    gumbelBar(blocks, s, c, side, column) {
        if (this.returnY === 0)
            return 0;
        let m = 0;
        for (const block of blocks) {
            const e = side === 1 ? block.high[s] - c : c - block.low[s];
            if (Number.isFinite(e))
                column[m++] = e;
        }
        if (m < 4)
            return 0;
        const median = (0,order_statistics/* selectInPlace */.r$)(column, (m - 1) >> 1, 0, m - 1);
        const q1 = (0,order_statistics/* selectInPlace */.r$)(column, Math.round((m - 1) * 0.25), 0, m - 1);
        const q3 = (0,order_statistics/* selectInPlace */.r$)(column, Math.round((m - 1) * 0.75), 0, m - 1);
        // Gumbel: median = mu + 0.3665 sigma; interquartile range = 1.5725 sigma.
        const sigma = (q3 - q1) / 1.5725;
        const mu = median - 0.3665 * sigma;
        return Math.max(0, mu + sigma * this.returnY);
    }
    /** The median of the short median near this time of day on previous days; NaN with fewer than 2 such days. */
    seasonalBase(timestamp) {
        const ring = this.seasonal;
        const tolerance = Math.max(this.o.shortMinutes * MINUTE, 2 * ring.cadenceHint);
        let found = 0;
        for (let d = 1; d <= this.o.seasonalDays; d += 1) {
            const v = ring.near(timestamp - d * DAY, tolerance, d - 1);
            if (!Number.isNaN(v))
                this.dayValues[found++] = v;
        }
        if (found < 2)
            return Number.NaN;
        return (0,order_statistics/* selectInPlace */.r$)(this.dayValues, (found - 1) >> 1, 0, found - 1);
    }
}
/**
 * The last `capacity` (timestamp, value) pairs, with lookups of the value nearest a time. Each of
 * the lookups a caller makes per sample keeps its own cursor: times asked only grow, so a cursor
 * only moves forward and a lookup costs O(1) amortised.
 */
class TimeRing {
    capacity;
    times;
    values;
    head = 0;
    count = 0;
    // Absolute sequence numbers: the ring position is seq % capacity.
    first = 0;
    cursors = [];
    cadenceHint = 0;
    constructor(capacity) {
        this.capacity = capacity;
        this.times = new Float64Array(capacity);
        this.values = new Float64Array(capacity);
    }
    push(time, value) {
        if (this.count > 0) {
            const previous = this.times[(this.head - 1 + this.capacity) % this.capacity];
            if (this.cadenceHint === 0)
                this.cadenceHint = time - previous;
        }
        this.times[this.head] = time;
        this.values[this.head] = value;
        this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
        if (this.count < this.capacity)
            this.count += 1;
        else
            this.first += 1;
    }
    /** The value whose time is nearest `time`, within `tolerance`; NaN when none is. */
    near(time, tolerance, cursor) {
        const end = this.first + this.count;
        let seq = Math.max(this.cursors[cursor] ?? this.first, this.first);
        while (seq < end - 1 && this.timeAt(seq + 1) <= time)
            seq += 1;
        this.cursors[cursor] = seq;
        if (seq >= end)
            return Number.NaN;
        let best = seq;
        if (seq + 1 < end && Math.abs(this.timeAt(seq + 1) - time) < Math.abs(this.timeAt(seq) - time))
            best = seq + 1;
        return Math.abs(this.timeAt(best) - time) <= tolerance ? this.values[best % this.capacity] : Number.NaN;
    }
    timeAt(seq) {
        return this.times[seq % this.capacity];
    }
}
/**
 * The engine with incidents: unusual samples less than quietMinutes apart are one incident, flagged
 * from its first row to its last, the rows between included. Rows come out in the order they went
 * in, each as soon as no later row can change its flag (at most quietMinutes later), so memory is
 * bounded by the history and the rows of one quiet span, never by the input.
 */
class IncidentScorer {
    emit;
    engine;
    quietMs;
    lastAnomalyAt = Number.NaN;
    latest = -Infinity;
    held = [];
    constructor(emit, options = {}, cadenceMs) {
        this.emit = emit;
        this.engine = new AnomalyEngine(options, cadenceMs);
        this.quietMs = this.engine.options.quietMinutes * MINUTE;
    }
    push(row, timestamp, value) {
        const { score, anomalous } = this.engine.push(timestamp, value);
        if (Number.isFinite(timestamp) && timestamp > this.latest)
            this.latest = timestamp;
        const joined = !Number.isNaN(this.lastAnomalyAt) && this.latest - this.lastAnomalyAt < this.quietMs;
        if (anomalous) {
            this.release(joined);
            this.lastAnomalyAt = this.latest;
            this.emit(row, score, true);
        }
        else if (joined) {
            this.held.push({ row, score });
        }
        else {
            this.release(false);
            this.emit(row, score, false);
        }
    }
    /** Emits the rows still held: no later row can join them to an incident now. */
    end() {
        this.release(false);
    }
    release(flagged) {
        if (this.held.length === 0)
            return;
        const held = this.held;
        this.held = [];
        for (const { row, score } of held)
            this.emit(row, score, flagged);
    }
}
/**
 * Scores a whole series with the engine and its incidents. Rows are judged in time order (ties in
 * their order) and returned in theirs.
 */
function scoreSeries(points, options = {}, cadenceMs) {
    const n = points.length;
    const out = new Array(n);
    const scorer = new IncidentScorer((i, score, flagged) => {
        out[i] = { timestamp: points[i].timestamp, value: points[i].value, score, isAnomaly: flagged };
    }, options, cadenceMs);
    const order = chronologicalOrder(points);
    for (let r = 0; r < n; r += 1) {
        const i = order[r];
        scorer.push(i, points[i].timestamp, points[i].value);
    }
    scorer.end();
    return out;
}
/** Rows in time order (stable for equal timestamps); the identity when already sorted. Non-finite times go last. */
function chronologicalOrder(points) {
    const n = points.length;
    const order = new Uint32Array(n);
    let sorted = true;
    for (let i = 0; i < n; i += 1) {
        order[i] = i;
        if (!Number.isFinite(points[i].timestamp) || (i > 0 && points[i].timestamp < points[i - 1].timestamp))
            sorted = false;
    }
    const key = (i) => (Number.isFinite(points[i].timestamp) ? points[i].timestamp : Infinity);
    if (!sorted)
        order.sort((a, b) => key(a) - key(b) || a - b);
    return order;
}


/***/ }),

/***/ 595:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ mean)
/* harmony export */ });
// The arithmetic mean, the one non-robust centre the project uses: the gate falls back to it when a
// median cannot measure a change (mostly-zero error counts), and a line fit's R squared needs it.
/**
 * The mean of finite values; NaN when empty. Summed, then divided by the count; only when that sum
 * overflows is value / n summed instead, so values near the double range still give a finite mean.
 */
function mean(values) {
    const n = values.length;
    if (n === 0)
        return Number.NaN;
    let sum = 0;
    for (const v of values)
        sum += v;
    if (Number.isFinite(sum) || !values.every((v) => Number.isFinite(v)))
        return sum / n;
    let scaled = 0;
    for (const v of values)
        scaled += v / n;
    return scaled;
}


/***/ }),

/***/ 4134:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ finiteMedian),
/* harmony export */   GI: () => (/* binding */ RollingMedian),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   PV: () => (/* binding */ midpoint),
/* harmony export */   lI: () => (/* binding */ interpolatedQuantile),
/* harmony export */   r$: () => (/* binding */ selectInPlace)
/* harmony export */ });
/* unused harmony exports quantileIndex, quantile, RollingQuantiles, distinctSorted, rankIn, coarsen */
// Order statistics without full sorts: quickselect for one-off medians and quantiles, a sorted ring
// for short rolling medians, and a Fenwick tree over value ranks for week-long rolling quantiles.
// Every median and quantile of the project is computed here (the anomaly engine, the metric
// detectors, the gate's judge and the HTML chart's band), so two parts never disagree on one.
/**
 * Rearranges `buf[lo..hi]` in place so that `buf[k]` holds the value a full sort would put there,
 * everything before it is <= and everything after it is >=. Expected O(hi - lo).
 */
function selectInPlace(buf, k, lo = 0, hi = buf.length - 1) {
    let left = lo;
    let right = hi;
    while (right > left) {
        // Median of three pivot: already-sorted windows (common in metrics) stay linear.
        const mid = (left + right) >>> 1;
        const a = buf[left];
        const b = buf[mid];
        const c = buf[right];
        const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
        let i = left;
        let j = right;
        while (i <= j) {
            while (buf[i] < pivot)
                i += 1;
            while (buf[j] > pivot)
                j -= 1;
            if (i <= j) {
                const t = buf[i];
                buf[i] = buf[j];
                buf[j] = t;
                i += 1;
                j -= 1;
            }
        }
        if (k <= j)
            right = j;
        else if (k >= i)
            left = i;
        else
            break;
    }
    return buf[k];
}
/** Nearest-rank index for quantile q of n sorted values (q in [0, 1]). */
function quantileIndex(n, q) {
    return Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))));
}
/** Quantile of `values` (nearest rank); does not modify its input. NaN for an empty input. */
function quantile(values, q) {
    const n = values.length;
    if (n === 0)
        return Number.NaN;
    const buf = Float64Array.from(values);
    return selectInPlace(buf, quantileIndex(n, q), 0, n - 1);
}
/** Median (mean of the two middle values for an even count); NaN for an empty input. Expects finite values. */
function median(values) {
    const n = values.length;
    if (n === 0)
        return Number.NaN;
    const buf = Float64Array.from(values);
    const upper = selectInPlace(buf, n >> 1, 0, n - 1);
    if (n % 2 === 1)
        return upper;
    // After selecting the upper middle, the lower middle is the largest value left of it.
    let lower = -Infinity;
    for (let i = 0; i < n >> 1; i += 1)
        if (buf[i] > lower)
            lower = buf[i];
    return midpoint(lower, upper);
}
/**
 * Median of the finite values (mean of the two middle ones for an even count), without overflow to
 * Infinity near the double range; NaN when there is none. A gap in a metric is no evidence either way.
 */
function finiteMedian(values) {
    return median(values.filter((v) => Number.isFinite(v)));
}
/**
 * (x + y) / 2 without overflow to Infinity for large finite values. Halving a double is exact, so for
 * every other pair this is the same double as (x + y) / 2.
 */
function midpoint(x, y) {
    return x === y ? x : x / 2 + y / 2;
}
/**
 * The q-quantile of values sorted ascending, interpolated linearly between the two neighbouring ranks
 * (numpy's default): a smooth band edge for a chart, where the nearest rank would jump.
 */
function interpolatedQuantile(sorted, q) {
    const at = (sorted.length - 1) * q;
    const below = Math.floor(at);
    const above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}
/**
 * The median of the last `capacity` values pushed, kept in a small sorted array: at worst O(capacity)
 * per push, meant for short windows (hours of samples), not for week-long baselines.
 */
class RollingMedian {
    capacity;
    ring;
    sorted;
    head = 0;
    count = 0;
    constructor(capacity) {
        this.capacity = capacity;
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
        this.ring = new Float64Array(capacity);
        this.sorted = new Float64Array(capacity);
    }
    get size() {
        return this.count;
    }
    push(value) {
        const sorted = this.sorted;
        let at;
        if (this.count === this.capacity) {
            // Overwrite the departing value in place, then slide the newcomer to its rank: only the values
            // between the two ranks move.
            at = this.indexOf(this.ring[this.head]);
        }
        else {
            at = this.count;
            this.count += 1;
        }
        const last = this.count - 1;
        while (at > 0 && sorted[at - 1] > value) {
            sorted[at] = sorted[at - 1];
            at -= 1;
        }
        while (at < last && sorted[at + 1] < value) {
            sorted[at] = sorted[at + 1];
            at += 1;
        }
        sorted[at] = value;
        this.ring[this.head] = value;
        this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
    }
    /** The lower of the two middle values for an even count: always one of the values pushed. */
    lowerMedian() {
        return this.count === 0 ? Number.NaN : this.sorted[(this.count - 1) >> 1];
    }
    /** Position of `value` among the sorted values (binary search; any one of equal values will do). */
    indexOf(value) {
        let lo = 0;
        let hi = this.count - 1;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.sorted[mid] < value)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
/**
 * Quantiles of the last `capacity` values pushed, exact after every push in O(log u), where u is the
 * number of distinct values the series can take (all known up front, as in a batch). A Fenwick tree
 * counts the window's values by rank, so no window is ever sorted or copied.
 */
class RollingQuantiles {
    universe;
    capacity;
    tree;
    ring;
    topBit;
    head = 0;
    count = 0;
    /** `universe`: every value that may be pushed, sorted ascending without repeats. */
    constructor(universe, capacity) {
        this.universe = universe;
        this.capacity = capacity;
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
        // A power-of-two tree: the descent in kth never runs past the end, so it needs no bounds test.
        let size = 1;
        while (size < universe.length + 1)
            size *= 2;
        this.tree = new Int32Array(size);
        this.ring = new Int32Array(capacity);
        this.topBit = size >> 1;
    }
    get size() {
        return this.count;
    }
    push(value) {
        this.pushRank(rankIn(this.universe, value));
    }
    /** Pushes the value `universe[rank]`, skipping the search when the caller already has its rank. */
    pushRank(rank) {
        if (this.count === this.capacity)
            this.add(this.ring[this.head], -1);
        else
            this.count += 1;
        this.ring[this.head] = rank;
        this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
        this.add(rank, 1);
    }
    clear() {
        this.tree.fill(0);
        this.head = 0;
        this.count = 0;
    }
    /** Nearest-rank quantile of the window; NaN while empty. */
    quantile(q) {
        if (this.count === 0)
            return Number.NaN;
        return this.universe[this.kth(quantileIndex(this.count, q) + 1)];
    }
    add(rank, delta) {
        const tree = this.tree;
        const size = tree.length;
        for (let i = rank + 1; i < size; i += i & -i)
            tree[i] += delta;
    }
    /** Rank of the k-th smallest value in the window (k from 1): binary lifting down the tree. */
    kth(k) {
        const tree = this.tree;
        let position = 0;
        let remaining = k;
        for (let bit = this.topBit; bit > 0; bit >>= 1) {
            const next = position + bit;
            if (tree[next] < remaining) {
                position = next;
                remaining -= tree[next];
            }
        }
        return position;
    }
}
/** The distinct finite values of `values`, sorted ascending: the universe of a RollingQuantiles. */
function distinctSorted(values) {
    const sorted = new Float64Array(values.length);
    let finite = 0;
    for (let i = 0; i < values.length; i += 1)
        if (Number.isFinite(values[i]))
            sorted[finite++] = values[i];
    const used = sorted.subarray(0, finite).sort();
    let unique = 0;
    for (let i = 0; i < finite; i += 1)
        if (unique === 0 || used[i] !== used[unique - 1])
            used[unique++] = used[i];
    return used.slice(0, unique);
}
/** Index of `value` in the ascending `universe`; a RangeError if it is not there. */
function rankIn(universe, value) {
    let lo = 0;
    let hi = universe.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (universe[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (universe[lo] !== value)
        throw new RangeError(`value ${value} is not in the universe`);
    return lo;
}
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
// Little-endian on every platform Node runs on: word 1 holds the sign, exponent and top 20 mantissa bits.
const HIGH = 1;
/**
 * `value` with its mantissa cut to 12 significant bits (relative error < 0.025%, toward zero). Quantiles
 * kept at this resolution lose nothing an alert threshold could see, and the set of distinct values
 * (the work per rolling-quantile step) stays small. A bit mask: no log or power per sample.
 */
function coarsen(value) {
    bits[0] = value;
    words[0] = 0;
    words[HIGH] = words[HIGH] & 0xffffff00;
    return bits[0];
}


/***/ }),

/***/ 8098:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ isCredentialsError),
/* harmony export */   E2: () => (/* binding */ isThrottling),
/* harmony export */   E9: () => (/* binding */ CredentialsUnusableError),
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   R0: () => (/* binding */ isUnreachable),
/* harmony export */   mu: () => (/* binding */ iamAction),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* unused harmony export transportProblem */
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9027);
/* harmony import */ var _response_guard_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6722);
// Classifies AWS SDK errors and describes them without leaking anything secret.


// The SDK's service name (client class without "Client") -> the IAM action prefix.
const IAM_PREFIX = {
    ECS: 'ecs',
    CloudFormation: 'cloudformation',
    STS: 'sts',
    RDS: 'rds',
    OpenSearch: 'es',
    ElasticLoadBalancingV2: 'elasticloadbalancing',
    DatabaseMigrationService: 'dms',
    WAFV2: 'wafv2',
    CloudWatch: 'cloudwatch',
    CloudWatchLogs: 'logs',
};
function iamAction(sdkService, operation) {
    return `${IAM_PREFIX[sdkService] ?? sdkService.toLowerCase()}:${operation}`;
}
function isAccessDenied(error) {
    const e = error;
    return /AccessDenied|UnauthorizedOperation|AuthorizationError|NotAuthorized/i.test(e?.name ?? '') || e?.$metadata?.httpStatusCode === 403;
}
function isThrottling(error) {
    const e = error;
    return /Throttl|TooManyRequests|RequestLimitExceeded|Rate exceeded/i.test(`${e?.name ?? ''} ${e?.message ?? ''}`) || e?.$metadata?.httpStatusCode === 429;
}
function isCredentialsError(error) {
    const e = error;
    return (e?.name === 'CredentialsProviderError' ||
        /Could not load credentials|InvalidClientTokenId|UnrecognizedClientException|ExpiredToken/i.test(`${e?.name ?? ''} ${e?.message ?? ''}`));
}
/**
 * Why a request never got an AWS answer, named for what it is and what to check: refused, reset,
 * timed out, a host that does not resolve (often a region that does not exist). Undefined for an
 * answer AWS gave (access denied, throttling, validation), which describeAwsError words itself.
 */
function transportProblem(error) {
    const e = error;
    if (typeof e !== 'object' || e === null)
        return undefined;
    // An error from another realm (a VM sandbox) reaches us as the SDK's wrapper, with only its message left.
    const fromMessage = /\b(ECONNREFUSED|ECONNRESET|EPIPE|ENOTFOUND|EAI_AGAIN|ETIMEDOUT)\b(?: (\S+))?/.exec(e.message ?? '');
    const where = e[_response_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .ENDPOINT_OF */ .st] ?? (e.hostname ? e.hostname : e.address ? `${e.address}${e.port ? `:${e.port}` : ''}` : (fromMessage?.[2] ?? 'the endpoint'));
    const code = e.code ?? fromMessage?.[1] ?? '';
    if (code === 'ECONNREFUSED')
        return `connection refused by ${where}: nothing is listening there; check the endpoint URL ([aws] endpoint_url, AWS_ENDPOINT_URL), the proxy and the network`;
    if (code === 'ECONNRESET' || code === 'EPIPE')
        return `connection reset by ${where}: a proxy, firewall or VPN cut it; check the network path to AWS`;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        const host = e.hostname ?? /ENOTFOUND (\S+)/.exec(e.message ?? '')?.[1] ?? where;
        const region = /\.([a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+)\.amazonaws\.com/.exec(host)?.[1];
        return `host ${host} not found${region ? `: check that ${region} is a region you use (--region, AWS_REGION, the profile)` : ''}, and DNS and the network`;
    }
    if (e.name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') {
        const ms = /(\d+) ?ms/.exec(e.message ?? '')?.[1];
        const what = /requestTimeout/.test(e.message ?? '')
            ? `no answer from ${where} within ${ms ? `${Number(ms) / 1000} s` : 'the request timeout'} ([aws] request_timeout)`
            : `could not connect to ${where} in time`;
        return `${what}: the endpoint accepted the request but never answered, or the network drops traffic`;
    }
    if (/^(CERT_|UNABLE_TO_VERIFY|DEPTH_ZERO|SELF_SIGNED|ERR_TLS)/.test(code))
        return `TLS certificate problem with ${where} (${code}): a proxy intercepting HTTPS? Set NODE_EXTRA_CA_CERTS to its CA`;
    return undefined;
}
/** One line: "AccessDeniedException: User ... is not authorized (after 3 attempts)". */
function describeAwsError(error) {
    const e = error;
    if (!(error instanceof Error) && typeof error !== 'object')
        return (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(String(error));
    const attempts = e.$metadata?.attempts && e.$metadata.attempts > 1 ? ` (after ${e.$metadata.attempts} attempts)` : '';
    const transport = transportProblem(error);
    if (transport)
        return (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(`${transport}${attempts}`);
    if (error instanceof _response_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .UnexpectedResponseError */ .dk)
        return (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(`unreadable response: ${error.message}`);
    // A body the SDK cannot parse (an HTML error page from a proxy, or an API the endpoint lacks).
    if (/Deserialization error|XML parse error|is not valid JSON/.test(e.message ?? '')) {
        const status = error.$response?.statusCode ?? e.$metadata?.httpStatusCode;
        const why = status !== undefined && status < 300 ? 'the answer does not match the API format' : 'the endpoint may not implement this API';
        return `unreadable response${status ? ` (HTTP ${status})` : ''}: ${why}`;
    }
    const name = e.name && e.name !== 'Error' ? `${e.name}: ` : '';
    const message = (e.message ?? '').split('\n')[0].slice(0, 300);
    const hint = isThrottling(error) ? '; run again later, or lower [scan] concurrency' : '';
    return (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(`${name}${message}${attempts}${hint}`);
}
/** An error of the path to AWS, not of the request: every other call would fail the same way. */
function isUnreachable(error) {
    return transportProblem(error) !== undefined || error instanceof _response_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .UnexpectedResponseError */ .dk;
}
/** Credentials every call would reject (expired, invalid): the scan stops with one clear message. */
class CredentialsUnusableError extends Error {
    name = 'CredentialsUnusableError';
}


/***/ }),

/***/ 6722:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dk: () => (/* binding */ UnexpectedResponseError),
/* harmony export */   st: () => (/* binding */ ENDPOINT_OF),
/* harmony export */   tZ: () => (/* binding */ responseGuard)
/* harmony export */ });
/* unused harmony export MAX_RESPONSE_BYTES */
// Every answer read whole before the SDK parses it: under a size cap, abandoned at the run's
// deadline, and refused when it is not an AWS API answer. A proxy's or captive portal's HTML page
// with HTTP 200 parses as an empty XML result in the query-protocol SDKs (ELBv2, RDS,
// CloudFormation, STS): without this, "no load balancers" instead of a coverage gap.
/** The answer is not what the API sends: an HTML page, a wrong endpoint, a truncated body. */
class UnexpectedResponseError extends Error {
    name = 'UnexpectedResponseError';
}
/** More than any answer of the APIs we call (GetMetricData's 100,800 points are a few MB). */
const MAX_RESPONSE_BYTES = 64 * 1_048_576;
// Services whose SDK speaks the AWS query protocol: an answer's root element is <OperationResponse>.
const QUERY_PROTOCOL = new Set(['STS', 'RDS', 'CloudFormation', 'ElasticLoadBalancingV2']);
/** Where a failed call went, attached to its error so the message can name the host. */
const ENDPOINT_OF = Symbol('aws-monitor endpoint');
/**
 * A deserialize-step middleware placed just inside the SDK's deserializer: it sees the raw answer
 * of every attempt, reads it into memory, checks it, and hands the bytes on.
 */
function responseGuard(signal, maxBytes = MAX_RESPONSE_BYTES) {
    return (next, context) => async (args) => {
        const service = (context.clientName ?? '').replace(/Client$/, '');
        const operation = (context.commandName ?? '').replace(/Command$/, '');
        let result;
        try {
            result = await next(args);
        }
        catch (error) {
            tagEndpoint(error, args.request);
            throw error;
        }
        const response = result.response;
        try {
            const body = await readBody(response.body, maxBytes, signal());
            response.body = body;
            if (response.statusCode >= 200 && response.statusCode < 300)
                checkShape(body, response, service, operation);
        }
        catch (error) {
            tagEndpoint(error, args.request);
            throw error;
        }
        return result;
    };
}
function tagEndpoint(error, request) {
    if (!request?.hostname || typeof error !== 'object' || error === null)
        return;
    const port = request.port ? `:${request.port}` : '';
    try {
        Object.defineProperty(error, ENDPOINT_OF, { value: `${request.protocol ?? 'https:'}//${request.hostname}${port}`, enumerable: false, configurable: true });
    }
    catch {
        // A frozen error keeps its own message.
    }
}
/** The body as bytes: a Node stream read to its end (at most maxBytes), or bytes as given. */
async function readBody(body, maxBytes, signal) {
    if (body === undefined || body === null)
        return new Uint8Array();
    if (body instanceof Uint8Array)
        return body;
    if (typeof body === 'string')
        return new TextEncoder().encode(body);
    const stream = body;
    if (typeof stream.on !== 'function')
        return new Uint8Array();
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        const fail = (error) => {
            cleanup();
            stream.destroy?.(error);
            reject(error);
        };
        const onAbort = () => fail(signal?.reason ?? new Error('aborted'));
        const onData = (chunk) => {
            const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
            size += bytes.length;
            if (size > maxBytes)
                fail(new UnexpectedResponseError(`the answer is larger than ${Math.round(maxBytes / 1_048_576)} MiB, far more than this API sends: not read`));
            else
                chunks.push(bytes);
        };
        const onEnd = () => {
            cleanup();
            resolve(new Uint8Array(Buffer.concat(chunks, size)));
        };
        const onError = (error) => {
            cleanup();
            reject(error);
        };
        const cleanup = () => {
            stream.removeListener('data', onData);
            stream.removeListener('end', onEnd);
            stream.removeListener('error', onError);
            signal?.removeEventListener('abort', onAbort);
        };
        if (signal?.aborted)
            return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        stream.on('data', onData);
        stream.on('end', onEnd);
        stream.on('error', onError);
    });
}
const HTML = /^\s*(<!doctype\s+html|<html[\s>])/i;
function checkShape(body, response, service, operation) {
    const head = Buffer.from(body.subarray(0, 512)).toString('utf8');
    if (HTML.test(head)) {
        throw new UnexpectedResponseError(`HTTP ${response.statusCode} with an HTML page instead of an AWS answer: a proxy, a captive portal or a wrong endpoint URL`);
    }
    if (QUERY_PROTOCOL.has(service) && !new RegExp(`<${operation}Response[\\s>]`).test(head)) {
        throw new UnexpectedResponseError(`HTTP ${response.statusCode} whose body is not a ${operation} answer: a proxy or a wrong endpoint URL`);
    }
}


/***/ }),

/***/ 8551:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT),
/* harmony export */   i: () => (/* binding */ reportExitCode)
/* harmony export */ });
// The exit codes of every command (the README's "Exit codes" table).
const EXIT = {
    /** Checked, and nothing at or above fail-on (a gate: pass). */
    ok: 0,
    /** Findings at or above fail-on (a gate: fail). */
    findings: 1,
    /** The tool could not run or could not check: bad configuration, credentials, AWS unreachable. */
    toolError: 2,
    /** Nothing to judge: an empty scope (a scan), or too little data (a gate: inconclusive). */
    noEvidence: 3,
};
/** A scan report's exit code: a report that looked at nothing never exits 0, unless an empty scope is expected. */
function reportExitCode(status, allowEmpty) {
    switch (status) {
        case 'failing':
            return EXIT.findings;
        case 'unchecked':
            return EXIT.toolError;
        case 'empty':
            return allowEmpty ? EXIT.ok : EXIT.noEvidence;
        case 'degraded':
        case 'healthy':
            return EXIT.ok;
    }
}


/***/ }),

/***/ 7724:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ht: () => (/* binding */ GLOBAL_SWITCHES),
  e8: () => (/* binding */ GLOBAL_VALUE_FLAGS),
  bk: () => (/* binding */ addGlobalOptions),
  XY: () => (/* binding */ loadCliConfig),
  xO: () => (/* binding */ outputOption),
  oz: () => (/* binding */ progressLine),
  Zh: () => (/* binding */ quietIo),
  zK: () => (/* binding */ wantsColor)
});

// UNUSED EXPORTS: globalOverrides

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __nccwpck_require__(8179);
// EXTERNAL MODULE: ./src/services/registry.ts + 19 modules
var registry = __nccwpck_require__(8093);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/config/settings.ts
var config_settings = __nccwpck_require__(4661);
;// CONCATENATED MODULE: ./src/config/aws-profile.ts
// The AWS profile in use and the region it names, read as the AWS CLI and SDK read them: the
// profile from [aws] profile (--profile) or AWS_PROFILE, else `default`; its region from
// ~/.aws/config (AWS_CONFIG_FILE), then ~/.aws/credentials (AWS_SHARED_CREDENTIALS_FILE). A profile
// that was named and exists in neither file is an error that names it, not "no credentials".





function sharedFilePaths(env) {
    const home = env.HOME || env.USERPROFILE || (0,external_node_os_.homedir)();
    return {
        configPath: env.AWS_CONFIG_FILE || (0,external_node_path_.join)(home, '.aws', 'config'),
        credentialsPath: env.AWS_SHARED_CREDENTIALS_FILE || (0,external_node_path_.join)(home, '.aws', 'credentials'),
    };
}
function readSharedFiles(env) {
    const paths = sharedFilePaths(env);
    const config = readProfiles(paths.configPath, 'config');
    const credentials = readProfiles(paths.credentialsPath, 'credentials');
    return { ...paths, ...(config ? { config } : {}), ...(credentials ? { credentials } : {}) };
}
/**
 * The profiles of one shared file: `[profile name]` and `[default]` in the config file, `[name]` in
 * the credentials file. Only top-level `key = value` lines are kept; indented sub-settings, other
 * section kinds (`[sso-session x]`, `[services x]`) and lines it does not understand are skipped,
 * as the SDK skips them.
 */
function parseProfiles(text, kind) {
    const profiles = new Map();
    let current;
    for (const line of text.split(/\r?\n/)) {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';'))
            continue;
        const section = /^\[\s*([^\]]*?)\s*\]$/.exec(trimmed);
        if (section) {
            const name = profileName(section[1], kind);
            current = name === undefined ? undefined : (profiles.get(name) ?? new Map());
            if (name !== undefined && current)
                profiles.set(name, current);
            continue;
        }
        // An indented line continues the previous key (s3 =\n  max_concurrent_requests = 10).
        if (!current || /^\s/.test(line))
            continue;
        const index = trimmed.indexOf('=');
        if (index <= 0)
            continue;
        current.set(trimmed.slice(0, index).trim().toLowerCase(), trimmed.slice(index + 1).trim());
    }
    return profiles;
}
function profileName(header, kind) {
    if (kind === 'credentials')
        return header;
    if (header === 'default')
        return 'default';
    const match = /^profile\s+(.+)$/.exec(header);
    return match ? match[1].trim() : undefined;
}
function readProfiles(path, kind) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    return parseProfiles(text, kind);
}
/**
 * The config with the profile checked and, when no setting or environment variable named a region,
 * the profile's region: `AWS_PROFILE=prod` whose profile says eu-west-1 scans eu-west-1, as the AWS
 * CLI would, not the built-in default.
 */
function resolveProfile(config, env, files = readSharedFiles(env)) {
    const named = config.profile
        ? { name: config.profile, where: config.profileSource ?? '[aws] profile' }
        : env.AWS_PROFILE?.trim()
            ? { name: env.AWS_PROFILE.trim(), where: 'env AWS_PROFILE' }
            : undefined;
    const name = named?.name ?? 'default';
    const inConfig = files.config?.get(name);
    const inCredentials = files.credentials?.get(name);
    if (named && !inConfig && !inCredentials) {
        const known = [...new Set([...(files.config?.keys() ?? []), ...(files.credentials?.keys() ?? [])])].sort();
        throw new errors/* UserError */.y(`profile "${named.name}" (${named.where}) is in neither ${files.configPath} nor ${files.credentialsPath}; ` +
            (known.length > 0 ? `profiles there: ${known.slice(0, 20).join(', ')}` : 'no profiles are defined there (aws configure --profile NAME creates one)'));
    }
    if (config.regionSource !== 'default')
        return config;
    const region = inConfig?.get('region') ?? inCredentials?.get('region');
    if (!region)
        return config;
    if (!config_settings/* SETTINGS */.yy.aws.region.spec.schema.safeParse(region).success) {
        throw new errors/* UserError */.y(`profile "${name}" in ${inConfig?.has('region') ? files.configPath : files.credentialsPath}: region "${region.slice(0, 40)}" is not an AWS region code such as us-east-2`);
    }
    return { ...config, region, regionSource: `profile ${name}` };
}

// EXTERNAL MODULE: ./src/gate/gate-plan.ts
var gate_plan = __nccwpck_require__(9350);
// EXTERNAL MODULE: ./src/config/schema.ts + 18 modules
var schema = __nccwpck_require__(598);
// EXTERNAL MODULE: ./src/report/output-safety.ts
var output_safety = __nccwpck_require__(804);
;// CONCATENATED MODULE: ./src/config/validation.ts
// What every section validator shares: the layered raw settings, the problem list, and how one
// raw value is checked against its spec so that every message names where the value came from
// (file and line, section and key; or the variable, flag or input) and what is allowed.


class Validation {
    layered;
    sectionLines;
    problems = [];
    constructor(layered, 
    /** Where each section was written (`config.ini:12 [account:prod]`), for problems with a section as a whole. */
    sectionLines) {
        this.layered = layered;
        this.sectionLines = sectionLines;
    }
    /** The value, or undefined with a problem naming where it came from, what was wrong and what is allowed. */
    check(spec, raw) {
        const result = spec.schema.safeParse(raw.value);
        if (result.success)
            return result.data;
        const value = spec.secret ? '' : ` "${shown(raw.value)}"`;
        this.problem(raw.where, `value${value} ${result.error.issues[0]?.message ?? 'is invalid'} (allowed: ${spec.allowed})`);
        return undefined;
    }
    unknownKey(raw, section, allowed) {
        this.problem(raw.where, `unknown key in [${section}]; allowed keys: ${allowed.join(', ')}`);
    }
    /** `config.ini:12 [account:prod]` when the section was written in the file, else `[account:prod]`. */
    sectionWhere(section) {
        return this.writtenAt(section) ?? `[${shown(section)}]`;
    }
    /** The file line of the section header, when there is one. */
    writtenAt(section) {
        return this.sectionLines.get(section);
    }
    /** Where a setting came from, when it was set. */
    whereOf(section, key) {
        return this.layered.get(section)?.get(key)?.where;
    }
    problem(where, message) {
        this.problems.push({ where, message });
    }
}
/**
 * Checks each key of a section against its table and returns the values that parsed; an unknown
 * key is a problem listing the allowed ones.
 */
function checkSection(validation, section, entries, specs) {
    const values = new Map();
    for (const [key, raw] of entries) {
        const setting = own(specs, key);
        if (!setting)
            validation.unknownKey(raw, section, Object.keys(specs));
        else
            values.set(key, validation.check(setting.spec, raw));
    }
    return values;
}
/** A value as an error message may echo it: control characters visible, at most 60 characters. */
function shown(value) {
    const text = (0,output_safety/* visible */.RK)(value.length > 200 ? value.slice(0, 200) : value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
/** record[key] only for the record's own keys: "constructor" or "__proto__" in a config file is an unknown key, not Object's. */
function own(record, key) {
    return Object.hasOwn(record, key) ? record[key] : undefined;
}
/** Reads a section's settings from its checked values, falling back to each setting's default. */
function sectionReader(table, values) {
    const keys = new Map(Object.entries(table).map(([key, setting]) => [setting, key]));
    const read = (setting) => {
        const key = keys.get(setting);
        if (key === undefined)
            throw new Error('a setting read from a section it is not in');
        return values.get(key) ?? (0,config_settings/* defaultValue */.Jh)(setting);
    };
    return read;
}

;// CONCATENATED MODULE: ./src/config/fixed-sections.ts
// Validators of the fixed sections, one per concern that spans more than one key or looks beyond
// the key itself: the services against the collector registry, the scan window, the region chain,
// the profile, static credentials, `[organization]`, `[scan] account` and the gate's critical
// metrics. Each key alone is checked by its row in settings.ts.




/** The checked values of the fixed sections, read by setting. */
class FixedValues {
    values = new Map();
    wheres = new Map();
    /** Checks a fixed section's keys; false when `section` is not a fixed section. */
    add(validation, section, entries) {
        const table = own(config_settings/* SETTINGS */.yy, section);
        if (!table)
            return false;
        for (const [key, value] of checkSection(validation, section, entries, table)) {
            const setting = table[key];
            this.values.set(setting, value);
            this.wheres.set(setting, entries.get(key).where);
        }
        return true;
    }
    /** The value set, else the default. */
    read = ((setting) => this.values.get(setting) ?? (0,config_settings/* defaultValue */.Jh)(setting));
    /** The value set (and valid), without the default. */
    configured(setting) {
        return this.values.get(setting);
    }
    /** Where the setting was written, when it was. */
    where(setting) {
        return this.wheres.get(setting);
    }
}
/** `[scan] services`, checked against the collector registry; unset: every service. */
function servicesOf(validation, fixed, catalog) {
    const services = fixed.configured(config_settings/* SETTINGS */.yy.scan.services) ?? [...catalog];
    const where = fixed.where(config_settings/* SETTINGS */.yy.scan.services);
    // An empty list (`--services ,`, an unset CI variable) would scan nothing and call it healthy.
    if (services.length === 0 && where) {
        validation.problem(where, `no service to scan (the list is empty); name some of ${catalog.join(', ')}, or leave it unset to scan them all`);
    }
    const unknown = services.filter((s) => !catalog.includes(s));
    if (unknown.length > 0) {
        validation.problem(where ?? 'scan.services', `unknown service${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; available: ${catalog.join(', ')}`);
    }
    return services.filter((s) => catalog.includes(s));
}
/** `since` ending now, or `from`..`to` (to defaults to now): before now, at most 90 days. */
function windowOf(validation, fixed, now) {
    const { scan } = config_settings/* SETTINGS */.yy;
    const from = fixed.configured(scan.from);
    const to = fixed.configured(scan.to) ?? now;
    const fromWhere = validation.whereOf('scan', 'from');
    const toWhere = validation.whereOf('scan', 'to');
    const where = fromWhere ?? toWhere ?? 'scan window';
    if (toWhere && !fromWhere)
        validation.problem(toWhere, 'to needs from as well');
    if (!from)
        return { from: new Date(to.getTime() - fixed.read(scan.since)), to };
    if (from.getTime() >= to.getTime())
        validation.problem(where, `from (${from.toISOString()}) must be before to (${to.toISOString()})`);
    else if (to.getTime() - from.getTime() > schema/* MAX_WINDOW_MS */.Zf)
        validation.problem(where, 'the window from..to may be at most 90 days');
    if (to.getTime() > now.getTime() + 5 * 60_000)
        validation.problem(toWhere ?? where, 'to is in the future');
    return { from, to };
}
/**
 * The region as the AWS CLI picks it, below our own settings: `[aws] region` (flag, AWS_MONITOR_AWS_REGION
 * or config.ini), then AWS_REGION, then AWS_DEFAULT_REGION. The profile's region comes after these,
 * read by resolveProfile (aws-profile.ts) where the source is still `default`.
 */
function regionOf(validation, fixed, env) {
    const setting = config_settings/* SETTINGS */.yy.aws.region;
    const configured = fixed.configured(setting);
    if (configured)
        return { region: configured, regionSource: fixed.where(setting) };
    for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
        const value = env[name]?.trim();
        if (!value)
            continue;
        if (!setting.spec.schema.safeParse(value).success)
            validation.problem(`env ${name}`, `value "${shown(value)}" is not an AWS region code such as us-east-2`);
        return { region: value, regionSource: `env ${name}` };
    }
    return { region: (0,config_settings/* defaultValue */.Jh)(setting), regionSource: 'default' };
}
/** `[aws] profile` and where it was named. */
function profileOf(fixed) {
    const profile = fixed.configured(config_settings/* SETTINGS */.yy.aws.profile);
    return profile ? { profile, profileSource: fixed.where(config_settings/* SETTINGS */.yy.aws.profile) } : {};
}
/** `[credentials]`: a key id and its secret together, or neither. */
function credentialsOf(validation, fixed) {
    const { credentials } = config_settings/* SETTINGS */.yy;
    const accessKeyId = fixed.configured(credentials.aws_access_key_id);
    const secretAccessKey = fixed.configured(credentials.aws_secret_access_key);
    const sessionToken = fixed.configured(credentials.aws_session_token);
    if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
        validation.problem('[credentials]', 'set both aws_access_key_id and aws_secret_access_key, or neither');
    if (!accessKeyId || !secretAccessKey)
        return undefined;
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
/** `[organization]` (from the file or AWS_MONITOR_ORGANIZATION_* variables), when present: role_name is required. */
function organizationOf(validation, fixed) {
    const section = validation.layered.get('organization');
    if (!section)
        return undefined;
    const { organization } = config_settings/* SETTINGS */.yy;
    if (!section.has('role_name'))
        validation.problem(validation.sectionWhere('organization'), 'role_name is required: the role aws-monitor assumes in every account of the organization');
    const roleName = fixed.configured(organization.role_name);
    if (!roleName)
        return undefined;
    const externalId = fixed.configured(organization.external_id);
    const sessionName = fixed.configured(organization.session_name);
    return {
        roleName,
        include: fixed.read(organization.include),
        exclude: fixed.read(organization.exclude),
        regions: fixed.read(organization.regions),
        ...(externalId ? { externalId } : {}),
        ...(sessionName ? { sessionName } : {}),
    };
}
/** `[scan] account`: one of the accounts configured, so there must be some. */
function onlyAccountOf(validation, fixed, accountsConfigured) {
    const account = fixed.configured(config_settings/* SETTINGS */.yy.scan.account)?.trim();
    if (!account)
        return undefined;
    const where = fixed.where(config_settings/* SETTINGS */.yy.scan.account);
    if (!accountsConfigured)
        validation.problem(where, 'picks one of the accounts [organization] or [account:NAME] sections configure, and there are none');
    return { account, where };
}
/** `[gate] critical_metrics`, known ids only. */
function criticalMetricsOf(validation, fixed) {
    const ids = fixed.read(config_settings/* SETTINGS */.yy.gate.critical_metrics);
    const unknown = ids.filter((id) => !gate_plan/* GATE_METRIC_IDS */.OV.includes(id));
    if (unknown.length > 0)
        validation.problem(fixed.where(config_settings/* SETTINGS */.yy.gate.critical_metrics), `unknown gate metric ${unknown.join(', ')}; known: ${gate_plan/* GATE_METRIC_IDS */.OV.join(', ')}`);
    return ids.filter((id) => gate_plan/* GATE_METRIC_IDS */.OV.includes(id));
}

// EXTERNAL MODULE: ./src/config/ini-file.ts
var ini_file = __nccwpck_require__(7507);
;// CONCATENATED MODULE: ./src/config/named-sections.ts
// Validators of the sections a user may write many of: `[account:NAME]`, `[log_pattern:NAME]`,
// `[notify:NAME]`, `[mute:NAME]` and `[detector:ID]`. Each checks its keys against its rows in
// settings.ts, fills the defaults from there, and says which required key is missing where.


/** `and`-joined missing keys with the right verb: "finding and reason are required for a mute". */
function missingMessage(missing, what) {
    return `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required for ${what}`;
}
function readAccount(validation, section, name, entries) {
    const values = checkSection(validation, section, entries, config_settings/* NAMED_SECTIONS */.Nf.account);
    if (!entries.has('role_arn')) {
        validation.problem(validation.sectionWhere(section), missingMessage(['role_arn'], 'an account'));
        return undefined;
    }
    const roleArn = values.get('role_arn');
    if (!roleArn)
        return undefined;
    const account = { name, roleArn };
    // Present when written, even empty: the account's own settings, with no default of their own.
    if (values.get('external_id') !== undefined)
        account.externalId = values.get('external_id');
    if (values.get('regions') !== undefined)
        account.regions = values.get('regions');
    if (values.get('session_name') !== undefined)
        account.sessionName = values.get('session_name');
    return account;
}
function readLogPattern(validation, section, name, entries) {
    const table = config_settings/* NAMED_SECTIONS */.Nf.log_pattern;
    const read = sectionReader(table, checkSection(validation, section, entries, table));
    if (!entries.has('regex')) {
        validation.problem(validation.sectionWhere(section), missingMessage(['regex'], 'a log pattern'));
        return undefined;
    }
    const regex = read(table.regex);
    if (!regex)
        return undefined;
    return {
        name,
        regex,
        ignoreCase: read(table.ignore_case),
        severity: read(table.severity),
        minCount: read(table.min_count),
        logGroups: read(table.log_groups),
    };
}
function readNotify(validation, section, name, entries) {
    const table = config_settings/* NAMED_SECTIONS */.Nf.notify;
    const read = sectionReader(table, checkSection(validation, section, entries, table));
    const where = validation.sectionWhere(section);
    const missing = ['type', 'url_env'].filter((key) => !entries.has(key));
    if (missing.length > 0) {
        validation.problem(where, `${missingMessage(missing, 'a notification')} (type = webhook | slack | teams | pagerduty; url_env = the environment variable holding the URL, or the PagerDuty routing key)`);
        return undefined;
    }
    const type = read(table.type);
    const urlEnv = read(table.url_env);
    if (!type || !urlEnv)
        return undefined;
    if (entries.has('secret_env') && type !== 'webhook')
        validation.problem(entries.get('secret_env').where, 'secret_env signs webhook requests only; remove it or set type = webhook');
    if (entries.has('events_url') && type !== 'pagerduty')
        validation.problem(entries.get('events_url').where, 'events_url applies to type = pagerduty only');
    const secretEnv = read(table.secret_env);
    return {
        name,
        type,
        urlEnv,
        ...(secretEnv ? { secretEnv } : {}),
        minSeverity: read(table.min_severity),
        on: read(table.on),
        ...(type === 'pagerduty' ? { eventsUrl: read(table.events_url) } : {}),
        where,
    };
}
function readMute(validation, section, name, entries) {
    const table = config_settings/* NAMED_SECTIONS */.Nf.mute;
    const read = sectionReader(table, checkSection(validation, section, entries, table));
    // A mute without a reason or an end is how accepted risk becomes forgotten risk: both are required.
    const missing = ['finding', 'reason', 'until'].filter((key) => !entries.has(key));
    if (missing.length > 0) {
        validation.problem(validation.sectionWhere(section), missingMessage(missing, 'a mute'));
        return undefined;
    }
    const finding = read(table.finding);
    const reason = read(table.reason);
    const until = read(table.until);
    if (!finding || !reason || !until)
        return undefined;
    return { name, finding, accounts: read(table.accounts), regions: read(table.regions), tags: read(table.tags), reason, until };
}
/** `[detector:ID]`: enabled, severity and the detector's own thresholds; undefined for an unknown id. */
function readDetector(validation, section, detector, entries) {
    const common = config_settings/* NAMED_SECTIONS */.Nf.detector;
    const settings = { enabled: (0,config_settings/* defaultValue */.Jh)(common.enabled), thresholds: {} };
    for (const [key, raw] of entries) {
        const threshold = own(detector.thresholds, key);
        const spec = own(common, key)?.spec ?? threshold?.spec;
        if (!spec)
            validation.unknownKey(raw, section, [...Object.keys(common), ...Object.keys(detector.thresholds)]);
        else if (key === 'enabled')
            settings.enabled = validation.check(common.enabled.spec, raw);
        else if (key === 'severity')
            settings.severity = validation.check(common.severity.spec, raw);
        else
            settings.thresholds[key] = validation.check(spec, raw);
    }
    return settings;
}
/** An unknown `[detector:ID]`, listing the known ids. */
function unknownDetector(validation, section, name, entries, known) {
    const first = [...entries.values()][0];
    validation.problem(validation.writtenAt(section) ?? first?.where ?? validation.sectionWhere(section), `unknown detector "${shown(name)}"; known detectors: ${known.join(', ')}`);
}

;// CONCATENATED MODULE: ./src/config/load.ts
// Builds one validated ScanConfig from, lowest to highest precedence: defaults, config.ini,
// AWS_MONITOR_* environment variables, then the adapter's overrides (CLI flags or Action inputs).
// Every problem found is reported at once, each naming where the bad value came from.








const CONFIG_ENV = 'AWS_MONITOR_CONFIG';
const ENV_PREFIX = 'AWS_MONITOR_';
/** A config.ini is a few KB; anything this big is not one (and /dev/zero would never end). */
const MAX_CONFIG_BYTES = 1_048_576;
function envName(section, key) {
    return `${ENV_PREFIX}${section.replace(':', '_')}_${key}`.toUpperCase();
}
function findConfigFile(options) {
    const explicit = options.configPath ?? options.env[CONFIG_ENV];
    if (explicit)
        return { path: (0,external_node_path_.resolve)(options.cwd, explicit), explicit: true };
    const local = (0,external_node_path_.resolve)(options.cwd, 'config.ini');
    return (0,external_node_fs_.existsSync)(local) ? { path: local, explicit: false } : { explicit: false };
}
function loadConfig(options) {
    const problems = [];
    const layered = new Map();
    const sections = new Map();
    const { path: configFile } = findConfigFile(options);
    if (configFile)
        readConfigFile(configFile, layered, sections, problems);
    readEnvironment(options, layered, problems);
    for (const override of options.overrides ?? []) {
        setLayered(layered, override.section, override.key, { value: override.value, where: override.where }, problems);
    }
    if (problems.length > 0)
        throw new errors/* ConfigError */.x(problems);
    const validation = new Validation(layered, sections);
    const config = validate(validation, options);
    if (configFile)
        config.configFile = configFile;
    if (validation.problems.length > 0)
        throw new errors/* ConfigError */.x(validation.problems);
    return config;
}
function readConfigFile(path, layered, sections, problems) {
    let text;
    try {
        text = readBounded(path);
    }
    catch (error) {
        const code = error.code;
        const why = error instanceof ConfigFileShape
            ? error.message
            : code === 'ENOENT'
                ? 'file not found'
                : code === 'EACCES'
                    ? 'permission denied'
                    : code === 'EISDIR'
                        ? 'is a directory, not a file'
                        : `cannot be read (${code ?? 'unknown error'})`;
        problems.push({ where: path, message: `${why}; pass --config FILE or set ${CONFIG_ENV} to a readable config.ini` });
        return;
    }
    const { doc, problems: syntax, sectionLines } = (0,ini_file/* parseIni */.A)(text, path);
    for (const problem of syntax)
        problems.push(problem);
    for (const [section, line] of sectionLines)
        sections.set(section, `${path}:${line} [${shown(section)}]`);
    for (const [section, entries] of doc) {
        for (const [key, entry] of entries) {
            const where = section === '' ? `${path}:${entry.line} ${key}` : `${path}:${entry.line} [${shown(section)}] ${key}`;
            setLayered(layered, section, key, { value: entry.value, where }, problems, true);
        }
        if (section !== '' && entries.size === 0)
            layered.set(section, layered.get(section) ?? new Map());
    }
}
class ConfigFileShape extends Error {
}
/** The file's text, refusing what cannot be a config file: a device (/dev/zero), or more than MAX_CONFIG_BYTES. */
function readBounded(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (stat.isDirectory())
            throw Object.assign(new Error('directory'), { code: 'EISDIR' });
        if (stat.isCharacterDevice() || stat.isBlockDevice() || stat.isSocket())
            throw new ConfigFileShape('is a device, not a file');
        const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
        let length = 0;
        for (;;) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null);
            if (read === 0)
                break;
            length += read;
            if (length > MAX_CONFIG_BYTES)
                throw new ConfigFileShape(`is larger than ${MAX_CONFIG_BYTES / 1_048_576} MiB: not a config.ini`);
        }
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function readEnvironment(options, layered, problems) {
    const known = new Map();
    for (const [section, keys] of Object.entries(config_settings/* SETTINGS */.yy)) {
        for (const key of Object.keys(keys))
            known.set(envName(section, key), [section, key]);
    }
    for (const detector of options.catalog.detectors) {
        const section = `detector:${detector.id}`;
        for (const key of [...Object.keys(config_settings/* NAMED_SECTIONS */.Nf.detector), ...Object.keys(detector.thresholds)]) {
            known.set(envName(section, key), [section, key]);
        }
    }
    for (const [name, value] of Object.entries(options.env)) {
        if (!name.startsWith(ENV_PREFIX) || name === CONFIG_ENV || value === undefined)
            continue;
        const target = known.get(name);
        if (!target) {
            problems.push({ where: `env ${name}`, message: `unknown setting; names look like ${envName('scan', 'since')} (section and key from config.example.ini)` });
            continue;
        }
        setLayered(layered, target[0], target[1], { value, where: `env ${name}` }, problems);
    }
}
const WINDOW_KEYS = { since: ['from', 'to'], from: ['since'], to: ['since'] };
function setLayered(layered, section, key, setting, problems, sameLayer = false) {
    const entries = layered.get(section) ?? new Map();
    layered.set(section, entries);
    // A higher layer's window replaces the lower layer's: --from beats since = 24h in the file.
    const conflicting = section === 'scan' ? own(WINDOW_KEYS, key) : undefined;
    if (conflicting) {
        for (const other of conflicting) {
            const existing = entries.get(other);
            if (!existing)
                continue;
            if (sameLayer && !(key === 'from' && other === 'to') && !(key === 'to' && other === 'from')) {
                problems.push({ where: setting.where, message: `conflicts with ${existing.where}; set either since, or from (and optionally to)` });
            }
            if (!sameLayer)
                entries.delete(other);
        }
    }
    entries.set(key, setting);
}
/** Every section to its validator, then the settings that span sections; problems are collected, not thrown. */
function validate(validation, options) {
    const fixed = new FixedValues();
    const accounts = [];
    const patterns = [];
    const mutes = [];
    const notify = [];
    const detectors = {};
    const detectorSpecs = new Map(options.catalog.detectors.map((d) => [d.id, d]));
    for (const [section, entries] of validation.layered) {
        if (section === '') {
            for (const raw of entries.values())
                validation.problem(raw.where, 'setting outside any [section]; put it under one of ' + sectionList());
            continue;
        }
        if (fixed.add(validation, section, entries))
            continue;
        const [kind, name] = splitSection(section);
        const detector = kind === 'detector' && name ? detectorSpecs.get(name) : undefined;
        if (kind === 'account' && name)
            keep(accounts, readAccount(validation, section, name, entries));
        else if (kind === 'log_pattern' && name)
            keep(patterns, readLogPattern(validation, section, name, entries));
        else if (kind === 'notify' && name)
            keep(notify, readNotify(validation, section, name, entries));
        else if (kind === 'mute' && name)
            keep(mutes, readMute(validation, section, name, entries));
        else if (detector)
            detectors[detector.id] = readDetector(validation, section, detector, entries);
        else if (kind === 'detector' && name)
            unknownDetector(validation, section, name, entries, [...detectorSpecs.keys()]);
        else
            unknownSection(validation, section, entries);
    }
    // Fill every known detector, so detectors never deal with missing settings.
    for (const detector of options.catalog.detectors) {
        const settings = detectors[detector.id] ?? { enabled: (0,config_settings/* defaultValue */.Jh)(config_settings/* NAMED_SECTIONS */.Nf.detector.enabled), thresholds: {} };
        for (const [key, threshold] of Object.entries(detector.thresholds))
            settings.thresholds[key] ??= threshold.default;
        detectors[detector.id] = settings;
    }
    const services = servicesOf(validation, fixed, options.catalog.services);
    const window = windowOf(validation, fixed, options.now);
    const credentials = credentialsOf(validation, fixed);
    const plain = (0,config_settings/* plainSettings */.Kh)(fixed.read);
    const config = {
        ...regionOf(validation, fixed, options.env),
        ...plain,
        window,
        services,
        logs: { ...plain.logs, patterns },
        gate: { ...plain.gate, criticalMetrics: criticalMetricsOf(validation, fixed) },
        accounts,
        mutes,
        detectors,
        notify,
        ...profileOf(fixed),
    };
    if (credentials)
        config.credentials = credentials;
    const organization = organizationOf(validation, fixed);
    if (organization)
        config.organization = organization;
    const onlyAccount = onlyAccountOf(validation, fixed, Boolean(organization) || accounts.length > 0);
    if (onlyAccount)
        config.onlyAccount = onlyAccount;
    return config;
}
function keep(list, item) {
    if (item)
        list.push(item);
}
function unknownSection(validation, section, entries) {
    const first = [...entries.values()][0];
    validation.problem(validation.writtenAt(section) ?? first?.where.replace(/ \S+$/, '') ?? validation.sectionWhere(section), `unknown section [${shown(section)}]; allowed: ${sectionList()}`);
}
function splitSection(section) {
    const index = section.indexOf(':');
    return index === -1 ? [section, undefined] : [section.slice(0, index).trim(), section.slice(index + 1).trim() || undefined];
}
function sectionList() {
    return [...Object.keys(config_settings/* SETTINGS */.yy), ...Object.keys(config_settings/* NAMED_SECTIONS */.Nf).map(config_settings/* namedSectionTitle */.pW)].map((section) => `[${section}]`).join(', ');
}

// EXTERNAL MODULE: ./src/detectors/registry.ts + 35 modules
var detectors_registry = __nccwpck_require__(3470);
;// CONCATENATED MODULE: ./src/cli/progress-line.ts
// One self-overwriting status line on stderr, shown only when stderr is a terminal.
class ProgressLine {
    stream;
    last = '';
    started = Date.now();
    constructor(stream) {
        this.stream = stream;
    }
    update = (message) => {
        const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
        const width = (this.stream.columns ?? 80) - 1;
        this.last = `[${seconds}s] ${message}`.slice(0, width);
        this.stream.write(`\r\x1b[K${this.last}`);
    };
    done() {
        if (this.last)
            this.stream.write('\r\x1b[K');
    }
}

;// CONCATENATED MODULE: ./src/cli/global-options.ts
// The flags every command takes, as the AWS CLI and good Unix tools spell them: --profile,
// --region, --endpoint-url, --config, --quiet, --no-color, --no-progress, --debug. They may come
// before or after the command (`aws-monitor --profile prod report` = `aws-monitor report --profile prod`).








/** Options of the program that take a value, so argv can be read before commander parses it. */
const GLOBAL_VALUE_FLAGS = ['-c', '--config', '--profile', '--region', '--endpoint-url', '--color'];
const GLOBAL_SWITCHES = ['-q', '--quiet', '--no-color', '--no-progress', '--debug'];
function addGlobalOptions(program) {
    return program
        .option('-c, --config <file>', 'config file (default: ./config.ini, or $AWS_MONITOR_CONFIG)')
        .option('--profile <name>', 'AWS profile from ~/.aws/config (default: $AWS_PROFILE, else default)')
        .option('--region <region>', `AWS region (default: [aws] region, $AWS_REGION, the profile's region, else ${(0,config_settings/* defaultValue */.Jh)(config_settings/* SETTINGS */.yy.aws.region)})`)
        .option('--endpoint-url <url>', 'send every AWS call to this endpoint (a local emulator, a VPC endpoint)')
        .option('-q, --quiet', 'print only the result and errors: no progress, no summary lines')
        .addOption(new esm/* Option */.c$('--color <when>', 'colour the text report: auto (a terminal, unless NO_COLOR is set), always, never').choices(['auto', 'always', 'never']))
        .option('--no-color', 'no colour (same as --color never)')
        .option('--no-progress', 'no progress line on stderr')
        .option('--debug', 'print stack traces of unexpected errors');
}
// The AWS CLI's --output takes a format; ours takes a file. A format word is almost surely that habit.
const FORMAT_WORDS = new Set(['text', 'markdown', 'json', 'html', 'table', 'yaml', 'yaml-stream']);
/** `-o, --output <file>`, refusing a format word with a hint instead of writing a file named "json". */
function outputOption(what = 'the report') {
    return new esm/* Option */.c$('-o, --output <file>', `write ${what} to this file instead of stdout`).argParser((value) => {
        if (FORMAT_WORDS.has(value.toLowerCase())) {
            throw new esm/* InvalidArgumentError */.Di(`--output takes a file path, and "${value}" is a format: use --format ${value.toLowerCase()} (add --output FILE to write it to a file; ./${value} if you really mean a file named ${value}).`);
        }
        return value;
    });
}
/** The global flags that are settings: --region, --profile and --endpoint-url beat config.ini and the environment. */
function globalOverrides(globals) {
    const values = { '--region': globals.region, '--profile': globals.profile, '--endpoint-url': globals.endpointUrl };
    return (0,config_settings/* overridesFrom */.Kr)('flag', (flag) => values[flag]);
}
/** config.ini (--config, $AWS_MONITOR_CONFIG or ./config.ini), the environment and the flags; the profile checked and its region applied. */
function loadCliConfig(io, globals, overrides) {
    const config = loadConfig({
        ...(globals.config ? { configPath: globals.config } : {}),
        cwd: io.cwd,
        env: io.env,
        overrides: [...globalOverrides(globals), ...overrides],
        now: io.now(),
        catalog: { services: registry/* COLLECTORS */.n5.map((c) => c.id), detectors: (0,detectors_registry/* detectorCatalog */.yv)() },
    });
    return resolveProfile(config, io.env);
}
/** Colour only for a person at a terminal: --color always/never (--no-color), else a TTY without NO_COLOR (no-color.org) or TERM=dumb. */
function wantsColor(when, io) {
    if (when === false || when === 'never')
        return false;
    if (when === 'always')
        return true;
    if (io.env.NO_COLOR)
        return false;
    if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0')
        return true;
    return io.stdout.isTTY === true && io.env.TERM !== 'dumb';
}
/** The progress line, when a person is watching stderr (not with --quiet, whose stderr is a sink). */
function progressLine(globals, io) {
    return globals.progress && io.stderr.isTTY ? new ProgressLine(io.stderr) : undefined;
}
/**
 * The io a command gets under --quiet: its notes on stderr (progress, "written to", "saved") go
 * nowhere; errors are printed by main with the real stderr, and a credentials prompt still reaches
 * the terminal.
 */
function quietIo(io) {
    const sink = new external_node_stream_.Writable({ write: (_chunk, _encoding, done) => done() });
    return { ...io, stderr: sink, prompt: io.prompt ?? io.stderr };
}


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wr: () => (/* binding */ processIo),
/* harmony export */   Zk: () => (/* binding */ writeResult),
/* harmony export */   jH: () => (/* binding */ readInputFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
// Everything the CLI touches outside itself, injected so tests can run it in-process.



function processIo() {
    return {
        stdout: process.stdout,
        stderr: process.stderr,
        stdin: process.stdin,
        env: process.env,
        cwd: process.cwd(),
        now: () => new Date(),
    };
}
/** The text of a file named on the command line, relative to the working directory; unreadable is a user error. */
function readInputFile(file, io) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, file), 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot read ${file}: ${error.code ?? error.message}`);
    }
}
/** A command's result to --output (with a one-line summary on stderr, unless there is none: --quiet) or to stdout. */
function writeResult(text, output, summary, io) {
    if (!output) {
        io.stdout.write(text);
        return;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output), text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot write ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output)}: ${error.code ?? error.message}`);
    }
    if (summary !== undefined)
        io.stderr.write(`${summary}; written to ${output}\n`);
}


/***/ }),

/***/ 7569:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ makeResourceFilter),
/* harmony export */   Jp: () => (/* binding */ filterLabel),
/* harmony export */   O7: () => (/* binding */ makeNameFilter),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
// Include/exclude resources by name glob and tag, as configured in [filters].
/** A glob with * and ? as a regular expression; everything else is literal (no user regex, no backtracking traps). */
function globToRegExp(glob) {
    const body = glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${body}$`, 'i');
}
function hasTag(resource, filter) {
    const value = resource.tags[filter.key];
    return value !== undefined && (filter.value === undefined || value === filter.value);
}
function makeResourceFilter(filters) {
    const include = filters.includeNames.map(globToRegExp);
    const exclude = filters.excludeNames.map(globToRegExp);
    return (resource) => {
        if (include.length > 0 && !include.some((re) => re.test(resource.name)))
            return false;
        if (exclude.some((re) => re.test(resource.name)))
            return false;
        if (filters.includeTags.length > 0 && !filters.includeTags.some((f) => hasTag(resource, f)))
            return false;
        if (filters.excludeTags.some((f) => hasTag(resource, f)))
            return false;
        return true;
    };
}
/** The [filters] in the user's words, for "3 of 5 services match [filters] include_names pp-*"; undefined when none is set. */
function filterLabel(filters) {
    const tags = (list) => list.map((t) => (t.value === undefined ? t.key : `${t.key}=${t.value}`)).join(',');
    const parts = [
        ...(filters.includeNames.length ? [`include_names ${filters.includeNames.join(',')}`] : []),
        ...(filters.excludeNames.length ? [`exclude_names ${filters.excludeNames.join(',')}`] : []),
        ...(filters.includeTags.length ? [`include_tags ${tags(filters.includeTags)}`] : []),
        ...(filters.excludeTags.length ? [`exclude_tags ${tags(filters.excludeTags)}`] : []),
    ];
    return parts.length > 0 ? `[filters] ${parts.join(' ')}` : undefined;
}
/**
 * The name half of the filters, for collectors that can drop resources before describing them
 * (a name is known from a listing; tags are not). Resources it rejects would be dropped anyway.
 */
function makeNameFilter(filters) {
    const include = filters.includeNames.map(globToRegExp);
    const exclude = filters.excludeNames.map(globToRegExp);
    return (name) => (include.length === 0 || include.some((re) => re.test(name))) && !exclude.some((re) => re.test(name));
}


/***/ }),

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   vb: () => (/* binding */ DURATION_HELP)
/* harmony export */ });
// Durations as people write them in config and flags: 15m, 36h, 7d, 2w, 1h30m.
const UNIT_MS = {
    ms: 1,
    s: 1_000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
};
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
const WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;
const DURATION_HELP = 'a duration such as 30m, 36h, 7d, 2w or 1h30m';
/** Milliseconds, or undefined when `text` is not a duration. */
function parseDuration(text) {
    const compact = text.trim().toLowerCase().replace(/\s+/g, '');
    if (!WHOLE.test(compact))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of compact.matchAll(PART))
        total += Number(amount) * UNIT_MS[unit];
    return total > 0 ? total : undefined;
}
function formatDuration(ms) {
    if (ms % UNIT_MS.d === 0)
        return `${ms / UNIT_MS.d}d`;
    if (ms % UNIT_MS.h === 0)
        return `${ms / UNIT_MS.h}h`;
    if (ms % UNIT_MS.m === 0)
        return `${ms / UNIT_MS.m}m`;
    if (ms % UNIT_MS.s === 0)
        return `${ms / UNIT_MS.s}s`;
    return `${ms}ms`;
}


/***/ }),

/***/ 7507:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseIni),
/* harmony export */   q: () => (/* binding */ replaceIniSection)
/* harmony export */ });
// A strict INI reader and a comment-preserving section writer.
// Hand-written rather than the `ini` package because we need line numbers in error messages,
// duplicate keys reported instead of silently overwritten, values kept as strings (no coercion of
// "true"), `[account:prod]` kept as one section name, and rewriting one section (stored
// credentials) without destroying the user's comments elsewhere in the file.
const SECTION = /^\[([^\]]+)\]\s*(?:[;#].*)?$/;
const ENTRY = /^([A-Za-z0-9_.-]+)\s*[=:]\s*(.*)$/;
function parseIni(text, fileName) {
    const doc = new Map();
    const problems = [];
    const sectionLines = new Map();
    let section = '';
    doc.set(section, new Map());
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((raw, index) => {
        const lineNo = index + 1;
        const line = raw.trim();
        if (line === '' || line.startsWith(';') || line.startsWith('#'))
            return;
        const header = SECTION.exec(line);
        if (header) {
            section = header[1].trim();
            if (!doc.has(section))
                doc.set(section, new Map());
            if (!sectionLines.has(section))
                sectionLines.set(section, lineNo);
            return;
        }
        const entry = ENTRY.exec(line);
        if (!entry) {
            problems.push({
                where: `${fileName}:${lineNo}`,
                message: 'expected "[section]" or "key = value"',
            });
            return;
        }
        const key = entry[1].toLowerCase();
        const entries = doc.get(section);
        const previous = entries.get(key);
        if (previous) {
            problems.push({
                where: `${fileName}:${lineNo} [${section}] ${key}`,
                message: `set twice (first on line ${previous.line}); keep one`,
            });
            return;
        }
        entries.set(key, { value: unquote(stripInlineComment(entry[2])), line: lineNo });
    });
    return { doc, problems, sectionLines };
}
function stripInlineComment(value) {
    // " ; comment" or " # comment" after a value; a ';' or '#' inside a value needs no space before it.
    const match = /\s[;#]/.exec(value);
    return (match ? value.slice(0, match.index) : value).trim();
}
function unquote(value) {
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0]) {
        return value.slice(1, -1);
    }
    return value;
}
/**
 * Returns `text` with `[section]` replaced by the given entries (or appended when absent),
 * leaving every other line of the file as it was.
 */
function replaceIniSection(text, section, entries) {
    const body = Object.entries(entries).map(([key, value]) => `${key} = ${value}`);
    const lines = text === '' ? [] : text.split(/\r?\n/);
    const start = lines.findIndex((line) => SECTION.exec(line.trim())?.[1]?.trim() === section);
    if (start === -1) {
        while (lines.length > 0 && lines.at(-1).trim() === '')
            lines.pop();
        if (lines.length > 0)
            lines.push('');
        return [...lines, `[${section}]`, ...body, ''].join('\n');
    }
    let end = start + 1;
    while (end < lines.length && !SECTION.test(lines[end].trim()))
        end += 1;
    // Keep blank/comment lines that separate this section from the next one.
    let keepFrom = end;
    while (keepFrom > start + 1 && /^\s*([;#].*)?$/.test(lines[keepFrom - 1]))
        keepFrom -= 1;
    return [...lines.slice(0, start + 1), ...body, ...lines.slice(keepFrom)].join('\n');
}


/***/ }),

/***/ 9853:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ parseIsoTime)
/* harmony export */ });
// ISO-8601 times as people type them into flags and config, parsed strictly: a real calendar date
// (2025-02-30 is refused, not rolled into March), a time with an explicit zone (a bare 10:00 is
// somebody's local time, and a runner's clock is UTC), and nothing `new Date()` would guess at.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** `date only` allows 2026-11-20 (midnight UTC); otherwise a time and a zone are required. */
function parseIsoTime(text, options) {
    const example = options.dateOnly ? '2026-11-20 or 2026-11-20T08:00:00Z' : '2026-11-20T08:00:00Z';
    const match = ISO.exec(text.trim());
    if (!match)
        return { problem: `is not an ISO-8601 time such as ${example}` };
    const [, y, mo, d, h, mi, s, fraction, zone] = match;
    const [year, month, day] = [Number(y), Number(mo), Number(d)];
    if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
        return { problem: `has no such day: ${y}-${mo}-${d} is not a calendar date` };
    if (h === undefined) {
        if (!options.dateOnly)
            return { problem: `needs a time and a zone, e.g. ${y}-${mo}-${d}T10:00:00Z` };
        return { date: new Date(Date.UTC(year, month - 1, day)) };
    }
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)
        return { problem: `has no such time of day: ${h}:${mi}${s ? `:${s}` : ''}` };
    if (!zone)
        return { problem: `has no time zone: add Z for UTC (${y}-${mo}-${d}T${h}:${mi}${s ? `:${s}` : ''}Z) or an offset such as +02:00` };
    const offset = zone.toUpperCase() === 'Z' ? 'Z' : /^[+-]\d{2}$/.test(zone) ? `${zone}:00` : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59))
        return { problem: `has no such time zone offset: ${zone}` };
    const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${fraction ? fraction.slice(0, 4) : ''}${offset}`);
    return Number.isNaN(date.getTime()) ? { problem: `is not an ISO-8601 time such as ${example}` } : { date };
}


/***/ }),

/***/ 1452:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ MAX_MATCHED_CHARS),
/* harmony export */   o: () => (/* binding */ unsafeRegexReason)
/* harmony export */ });
/* harmony import */ var safe_regex2__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8700);
/* harmony import */ var safe_regex2__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(safe_regex2__WEBPACK_IMPORTED_MODULE_0__);
// User regexes run over millions of log lines in a backtracking engine (JavaScript) and are sent
// to Logs Insights (an RE2-style engine). A pattern is accepted only if it is valid in both and
// cannot backtrack catastrophically: no backreferences, no lookaround, no repetition of something
// that itself repeats ((a+)+, (a*)*: safe-regex2's star-height test) and no repetition of an
// alternation ((a|ab)*), whose overlapping branches blow up the same way, and no two repetitions in
// sequence that can match the same text (.*.*x, \w+\d+x: polynomial, seconds on one 4 KiB line;
// one such pair is allowed after a leading ^, where it is only quadratic). What is left can still be
// quadratic in a line's length (an unanchored [a-z]+@x over "aaaa..."), so the engines run user
// patterns over at most MAX_MATCHED_CHARS of each line.

const MAX_LENGTH = 500;
/** Characters of a line user patterns are matched against (the rest of a longer line is not searched). */
const MAX_MATCHED_CHARS = 4_096;
/** Why the pattern is refused, or undefined when it is safe to run. */
function unsafeRegexReason(pattern) {
    if (pattern === '')
        return 'must not be empty';
    if (pattern.length > MAX_LENGTH)
        return `is ${pattern.length} characters long; at most ${MAX_LENGTH} are allowed`;
    try {
        new RegExp(pattern);
    }
    catch (error) {
        return `is not a valid regular expression: ${error.message.replace(/^Invalid regular expression: /, '')}`;
    }
    const source = withoutEscapesAndClasses(pattern);
    if (/\\[1-9]|\\k</.test(pattern))
        return 'uses a backreference, which Logs Insights does not run and which can backtrack without bound';
    if (/\(\?<?[=!]/.test(source))
        return 'uses lookahead or lookbehind, which Logs Insights does not run';
    if (!safe_regex2__WEBPACK_IMPORTED_MODULE_0___default()(pattern))
        return 'repeats something that itself repeats (like (a+)+), which can take exponential time; rewrite it without the nesting';
    if (repeatsAnAlternation(source))
        return 'repeats an alternation (like (a|ab)*), which can take exponential time; repeat a character class instead';
    if (hasOverlappingRepeats(pattern)) {
        return 'has repetitions that can match the same text one after another (like .*.*x or \\w+\\d+x), which can take polynomial time on a long line; make the parts between them distinct, or bound them ({1,50})';
    }
    return undefined;
}
// Escapes and [...] classes replaced by a plain character, so parentheses and bars inside them do not count.
function withoutEscapesAndClasses(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i += 1) {
        const c = pattern[i];
        if (c === '\\') {
            i += 1;
            out += 'x';
        }
        else if (c === '[') {
            i += 1;
            if (pattern[i] === ']')
                i += 1;
            while (i < pattern.length && pattern[i] !== ']') {
                if (pattern[i] === '\\')
                    i += 1;
                i += 1;
            }
            out += 'x';
        }
        else
            out += c;
    }
    return out;
}
const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/;
const PROBES = ['a', 'b', 'x', 'A', 'Z', '0', '9', ' ', '\t', '-', '_', '.', ':', '/', '!', '"', '=', '@', ',', '#', '\u00e9'];
function hasOverlappingRepeats(pattern) {
    const atoms = atomsOf(pattern);
    const repeats = atoms.filter((a) => a.unbounded);
    if (repeats.length < 2)
        return false;
    const literals = new Set(PROBES);
    for (const c of pattern)
        literals.add(c);
    const overlapping = (a, b) => {
        const between = balanced(pattern.slice(quantifierEnd(pattern, a), b.start));
        const candidates = new Set(literals);
        for (const source of [between, pattern.slice(a.start, a.end), pattern.slice(b.start, b.end)]) {
            const text = literalText(source);
            if (text)
                candidates.add(text);
            candidates.add(sampleOf(source));
        }
        try {
            const first = new RegExp(`^(?:${pattern.slice(a.start, a.end)})+$`, 'i');
            const second = new RegExp(`^(?:${pattern.slice(b.start, b.end)})+$`, 'i');
            const middle = new RegExp(`^(?:${between})$`, 'i');
            for (const w of candidates) {
                if (w === '' || !first.test(w) || !second.test(w))
                    continue;
                for (let k = 0; k <= 8; k += 1)
                    if (middle.test(w.repeat(k)))
                        return true;
            }
        }
        catch {
            return false;
        }
        return false;
    };
    // Anchored at the start, one overlapping pair is only quadratic in the (capped) line: allow it, not a chain of three.
    const anchored = pattern.startsWith('^') && !hasTopLevelBar(pattern);
    for (let i = 0; i < repeats.length; i += 1) {
        for (let j = i + 1; j < repeats.length; j += 1) {
            if (!overlapping(repeats[i], repeats[j]))
                continue;
            if (!anchored)
                return true;
            for (let k = j + 1; k < repeats.length; k += 1)
                if (overlapping(repeats[j], repeats[k]))
                    return true;
        }
    }
    return false;
}
// The pattern's atoms in order; a group followed by a quantifier is one atom, any other group is transparent.
function atomsOf(pattern) {
    const atoms = [];
    const groups = [];
    let i = 0;
    while (i < pattern.length) {
        const c = pattern[i];
        let end;
        if (c === '(') {
            groups.push({ start: i, firstAtom: atoms.length });
            i += /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(pattern.slice(i))[0].length;
            continue;
        }
        if (c === ')') {
            const group = groups.pop();
            i += 1;
            const q = QUANTIFIER.exec(pattern.slice(i));
            if (group && q) {
                atoms.length = group.firstAtom;
                atoms.push({ start: group.start, end: i, unbounded: isUnbounded(q[0]) });
                i += q[0].length;
            }
            continue;
        }
        if (c === '|' || c === '^' || c === '$') {
            i += 1;
            continue;
        }
        if (c === '\\')
            end = escapeEnd(pattern, i);
        else if (c === '[')
            end = classEnd(pattern, i);
        else
            end = i + 1;
        const q = QUANTIFIER.exec(pattern.slice(end));
        atoms.push({ start: i, end, unbounded: q !== null && isUnbounded(q[0]) });
        i = end + (q?.[0].length ?? 0);
    }
    return atoms;
}
/** A bounded repetition this wide backtracks like an unbounded one (\w{0,2000}\w{0,2000}! took 28 s on one 4 KiB line). */
const WIDE_BOUND = 50;
function isUnbounded(quantifier) {
    const bounded = /^\{(\d+)(,(\d*))?\}/.exec(quantifier);
    if (!bounded)
        return quantifier[0] === '*' || quantifier[0] === '+';
    if (bounded[2] === undefined)
        return false;
    return bounded[3] === '' || Number(bounded[3]) - Number(bounded[1]) > WIDE_BOUND;
}
function quantifierEnd(pattern, atom) {
    return atom.end + (QUANTIFIER.exec(pattern.slice(atom.end))?.[0].length ?? 0);
}
function escapeEnd(pattern, i) {
    const next = pattern[i + 1];
    // Without the u flag, \x and \u not followed by hex digits are the letters themselves.
    if (next === 'x' && /^[0-9a-f]{2}/i.test(pattern.slice(i + 2)))
        return i + 4;
    if (next === 'u' && /^[0-9a-f]{4}/i.test(pattern.slice(i + 2)))
        return i + 6;
    if (next === 'c' && /^[a-z]/i.test(pattern.slice(i + 2)))
        return i + 3;
    return Math.min(pattern.length, i + 2);
}
function classEnd(pattern, i) {
    let j = i + 1;
    if (pattern[j] === '^')
        j += 1;
    if (pattern[j] === ']')
        j += 1;
    while (j < pattern.length && pattern[j] !== ']')
        j += pattern[j] === '\\' ? 2 : 1;
    return Math.min(pattern.length, j + 1);
}
// The text between two atoms with the parentheses it does not close (or open) removed.
function balanced(text) {
    const out = [];
    const open = [];
    for (let i = 0; i < text.length; i += 1) {
        const c = text[i];
        if (c === '\\') {
            out.push(text.slice(i, i + 2));
            i += 1;
        }
        else if (c === '[') {
            const end = classEnd(text, i);
            out.push(text.slice(i, end));
            i = end - 1;
        }
        else if (c === '(') {
            const opening = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(text.slice(i))[0];
            open.push(out.length);
            out.push(opening);
            i += opening.length - 1;
        }
        else if (c === ')') {
            if (open.length > 0) {
                open.pop();
                out.push(c);
            }
            else
                out.push('');
        }
        else
            out.push(c);
    }
    for (const index of open)
        out[index] = '';
    // A quantifier left at the start (its atom was cut off) repeats nothing.
    return out.join('').replace(/^(?:[*+?]|\{\d+(?:,\d*)?\})+\??/, '');
}
// The text a source matches when it is plain characters (escaped punctuation allowed), else undefined.
function literalText(source) {
    const inner = source.startsWith('(?:') && source.endsWith(')') ? source.slice(3, -1) : source.startsWith('(') && source.endsWith(')') ? source.slice(1, -1) : source;
    if (inner === '' || /[.*+?^${}()|[\]]/.test(inner.replace(/\\[^A-Za-z0-9]/g, '')))
        return undefined;
    if (/\\[A-Za-z0-9]/.test(inner))
        return undefined;
    return inner.replace(/\\(.)/g, '$1');
}
// One string a source matches, roughly: each class or escape stands for one character it matches.
function sampleOf(source) {
    let out = '';
    for (let i = 0; i < source.length; i += 1) {
        const c = source[i];
        if (c === '|')
            break;
        if (c === '\\') {
            const e = source[i + 1] ?? '';
            out += { d: '0', w: 'a', s: ' ', D: 'a', W: '-', S: 'a', b: '', B: '' }[e] ?? e;
            i += 1;
        }
        else if (c === '[') {
            const end = classEnd(source, i);
            const body = source.slice(i + 1, end - 1);
            out += body.startsWith('^') ? '!' : body.startsWith('\\') ? sampleOf(body.slice(0, 2)) || 'a' : (body[0] ?? '');
            i = end - 1;
        }
        else if (c === '.')
            out += 'a';
        else if ('()*+?^$'.includes(c))
            continue;
        else if (c === '{') {
            const close = source.indexOf('}', i);
            if (close > i && /^\{\d+(,\d*)?\}$/.test(source.slice(i, close + 1)))
                i = close;
            else
                out += c;
        }
        else
            out += c;
    }
    return out;
}
function hasTopLevelBar(pattern) {
    const source = withoutEscapesAndClasses(pattern);
    let depth = 0;
    for (const c of source) {
        if (c === '(')
            depth += 1;
        else if (c === ')')
            depth -= 1;
        else if (c === '|' && depth === 0)
            return true;
    }
    return false;
}
function repeatsAnAlternation(source) {
    const open = [];
    for (let i = 0; i < source.length; i += 1) {
        const c = source[i];
        if (c === '(')
            open.push({ start: i, hasBar: false });
        else if (c === '|' && open.length > 0)
            open[open.length - 1].hasBar = true;
        else if (c === ')') {
            const group = open.pop();
            const next = source[i + 1];
            const repeated = next === '*' || next === '+' || (next === '{' && /^\{\d*,\d*\}|^\{\d{2,}\}/.test(source.slice(i + 1)));
            if (group?.hasBar && repeated)
                return true;
        }
    }
    return false;
}


/***/ }),

/***/ 598:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g7: () => (/* binding */ ENABLED_REGIONS),
  Hp: () => (/* binding */ LOG_ENGINES),
  Zf: () => (/* binding */ MAX_WINDOW_MS),
  GA: () => (/* binding */ NOTIFY_ON),
  IG: () => (/* binding */ NOTIFY_TYPES),
  DS: () => (/* binding */ OUTPUT_FORMATS),
  R8: () => (/* binding */ accountReference),
  zM: () => (/* binding */ schema_boolean),
  bO: () => (/* binding */ calendarDate),
  p0: () => (/* binding */ schema_duration),
  hf: () => (/* binding */ envVariableName),
  nd: () => (/* binding */ schema_integer),
  p_: () => (/* binding */ list),
  ai: () => (/* binding */ schema_number),
  yL: () => (/* binding */ oneOf),
  gp: () => (/* binding */ regexList),
  Ny: () => (/* binding */ region),
  Uz: () => (/* binding */ regionsOrEnabled),
  mw: () => (/* binding */ schema_required),
  w3: () => (/* binding */ roleArn),
  S3: () => (/* binding */ roleName),
  zs: () => (/* binding */ safeRegex),
  rJ: () => (/* binding */ secret),
  Cy: () => (/* binding */ sessionName),
  Tw: () => (/* binding */ tagList),
  Qq: () => (/* binding */ schema_text),
  vE: () => (/* binding */ timestamp),
  OZ: () => (/* binding */ schema_url)
});

// UNUSED EXPORTS: splitList

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function util_assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            util_assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        util_assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const util_allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function util_issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ $constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodBigInt = /*@__PURE__*/ $constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ $constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    util_assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util_isObject;
    const jit = !globalConfig.jitless;
    const allowsEval = util_allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (core.$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    util.defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util.assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = util.rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = util.cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
})));
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...util.prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && regexes.number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...util.prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
})));
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    util.defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? util.escapeRegex(o) : o ? util.escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util_issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                util_assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            util_assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                util_assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        util_assignProp(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            util_assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return core._number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBoolean", (inst, def) => {
    core.$ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.booleanProcessor(inst, ctx, json, params);
})));
function schemas_boolean(params) {
    return core._boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ $constructor("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ $constructor("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ derived({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...util.normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...util.normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...util.normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodDiscriminatedUnion.init(inst, def);
})));
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
})));
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...util.normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLiteral", (inst, def) => {
    core.$ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
})));
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(util_issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}

// EXTERNAL MODULE: ./src/config/duration.ts
var config_duration = __nccwpck_require__(7840);
// EXTERNAL MODULE: ./src/config/iso-time.ts
var iso_time = __nccwpck_require__(9853);
// EXTERNAL MODULE: ./src/config/regex-safety.ts
var regex_safety = __nccwpck_require__(1452);
;// CONCATENATED MODULE: ./src/config/schema.ts
// The config's shape (ScanConfig and its parts) and how each kind of value is parsed: a spec per
// kind (integer, duration, region...) that turns the text of config.ini, an AWS_MONITOR_* variable,
// a CLI flag or an Action input into a value, or says what is allowed. Which settings exist, with
// their defaults and descriptions, is settings.ts.




const MAX_WINDOW_MS = 90 * 86_400_000;
const OUTPUT_FORMATS = ['text', 'markdown', 'json', 'html'];
/** `regions = enabled`: every region the account has enabled (EC2 DescribeRegions through its role). */
const ENABLED_REGIONS = 'enabled';
const LOG_ENGINES = ['auto', 'insights', 'filter'];
const schema_text = (allowed) => ({ schema: schemas_string(), allowed });
function oneOf(values) {
    return {
        schema: schemas_string().transform((value, ctx) => {
            const lower = value.trim().toLowerCase();
            if (values.includes(lower))
                return lower;
            ctx.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')}` });
            return NEVER;
        }),
        allowed: values.join(' | '),
    };
}
function schema_integer(min, max) {
    return {
        schema: schemas_string().transform((value, ctx) => {
            // Digits only: Number() would also take 0x10, 1e3, '' and ' '.
            const n = /^[+-]?\d{1,16}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
            if (Number.isInteger(n) && n >= min && n <= max)
                return n;
            ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
            return NEVER;
        }),
        allowed: `${min}..${max}`,
    };
}
function schema_number(min, max) {
    return {
        schema: schemas_string().transform((value, ctx) => {
            const n = /^[+-]?(\d{1,16}(\.\d{0,16})?|\.\d{1,16})$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
            if (Number.isFinite(n) && n >= min && n <= max)
                return n;
            ctx.addIssue({ code: 'custom', message: `must be a number from ${min} to ${max}` });
            return NEVER;
        }),
        allowed: `${min}..${max}`,
    };
}
const schema_boolean = {
    schema: schemas_string().transform((value, ctx) => {
        const lower = value.trim().toLowerCase();
        if (['true', 'yes', 'on', '1'].includes(lower))
            return true;
        if (['false', 'no', 'off', '0'].includes(lower))
            return false;
        ctx.addIssue({ code: 'custom', message: 'must be true or false' });
        return NEVER;
    }),
    allowed: 'true | false',
};
function schema_duration(maxMs, maxText) {
    return {
        schema: schemas_string().transform((value, ctx) => {
            const ms = (0,config_duration/* parseDuration */.E9)(value);
            if (ms === undefined) {
                ctx.addIssue({ code: 'custom', message: `must be ${config_duration/* DURATION_HELP */.vb}` });
                return NEVER;
            }
            if (ms > maxMs) {
                ctx.addIssue({ code: 'custom', message: `must be at most ${maxText}` });
                return NEVER;
            }
            return ms;
        }),
        allowed: `${config_duration/* DURATION_HELP */.vb}, at most ${maxText}`,
    };
}
const timestamp = {
    schema: schemas_string().transform((value, ctx) => {
        const parsed = (0,iso_time/* parseIsoTime */.s)(value, { dateOnly: true });
        if ('date' in parsed)
            return parsed.date;
        ctx.addIssue({ code: 'custom', message: parsed.problem });
        return NEVER;
    }),
    allowed: 'an ISO-8601 time with a zone such as 2026-11-20T08:00:00Z, or a date such as 2026-11-20',
};
/** Comma-separated, blanks dropped. */
function splitList(value) {
    return value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
const list = (allowed) => ({
    schema: schemas_string().transform((value) => splitList(value)),
    allowed,
});
const regexList = {
    schema: schemas_string().transform((value, ctx) => {
        // Patterns are separated by newlines-in-a-value being impossible in INI, so by " || ".
        const patterns = value
            .split('||')
            .map((p) => p.trim())
            .filter((p) => p !== '');
        for (const pattern of patterns) {
            try {
                new RegExp(pattern);
            }
            catch (error) {
                ctx.addIssue({ code: 'custom', message: `invalid regular expression /${pattern}/: ${error.message.replace(/^Invalid regular expression: /, '')}` });
                return NEVER;
            }
            // Run on every log line: the same safety rules as [log_pattern:NAME] regex.
            const problem = (0,regex_safety/* unsafeRegexReason */.o)(pattern);
            if (problem) {
                ctx.addIssue({ code: 'custom', message: `/${pattern}/: ${problem}` });
                return NEVER;
            }
        }
        return patterns;
    }),
    allowed: 'regular expressions separated by ||',
};
const tagList = {
    schema: schemas_string().transform((value, ctx) => {
        const filters = [];
        for (const item of splitList(value)) {
            const [key, ...rest] = item.split('=');
            if (!key?.trim()) {
                ctx.addIssue({ code: 'custom', message: `"${item}" is not KEY or KEY=VALUE` });
                return NEVER;
            }
            const tagValue = rest.join('=').trim();
            filters.push(rest.length === 0 || tagValue === '*' ? { key: key.trim() } : { key: key.trim(), value: tagValue });
        }
        return filters;
    }),
    allowed: 'KEY=VALUE or KEY pairs separated by commas',
};
const region = {
    schema: schemas_string().transform((value, ctx) => {
        const trimmed = value.trim();
        if (/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/.test(trimmed))
            return trimmed;
        ctx.addIssue({ code: 'custom', message: 'must be an AWS region code such as us-east-2' });
        return NEVER;
    }),
    allowed: 'an AWS region code such as us-east-2',
};
const schema_url = {
    schema: schemas_string().transform((value, ctx) => {
        try {
            const parsed = new URL(value.trim());
            if (parsed.protocol === 'http:' || parsed.protocol === 'https:')
                return value.trim();
        }
        catch {
            // fall through to the message below
        }
        ctx.addIssue({ code: 'custom', message: 'must be an http(s) URL such as http://127.0.0.1:5000' });
        return NEVER;
    }),
    allowed: 'an http(s) URL',
};
const roleArn = {
    schema: schemas_string().transform((value, ctx) => {
        if (/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(value.trim()))
            return value.trim();
        ctx.addIssue({ code: 'custom', message: 'must be an IAM role ARN such as arn:aws:iam::123456789012:role/aws-monitor' });
        return NEVER;
    }),
    allowed: 'an IAM role ARN',
};
/** One user regex that must run in linear time: see regex-safety.ts. */
const safeRegex = {
    schema: schemas_string().transform((value, ctx) => {
        const problem = (0,regex_safety/* unsafeRegexReason */.o)(value.trim());
        if (problem) {
            ctx.addIssue({ code: 'custom', message: problem });
            return NEVER;
        }
        return value.trim();
    }),
    allowed: 'a regular expression without backreferences, lookaround or nested repetition',
};
const secret = (allowed) => ({ schema: schemas_string().min(1, 'must not be empty'), allowed, secret: true });
const regionsOrEnabled = {
    schema: schemas_string().transform((value, ctx) => {
        const items = splitList(value);
        if (items.length === 1 && items[0].toLowerCase() === ENABLED_REGIONS)
            return ENABLED_REGIONS;
        for (const item of items) {
            if (region.schema.safeParse(item).success)
                continue;
            ctx.addIssue({
                code: 'custom',
                message: item.toLowerCase() === ENABLED_REGIONS ? 'enabled stands alone, not in a list' : `has "${item.slice(0, 40)}", which is not an AWS region code such as us-east-2`,
            });
            return NEVER;
        }
        return items;
    }),
    allowed: 'AWS region codes separated by commas, or enabled (every region each account has enabled)',
};
// ---- [notify:NAME]: alerts (src/notify/) ----
const NOTIFY_TYPES = ['webhook', 'slack', 'teams', 'pagerduty'];
const NOTIFY_ON = ['changes', 'always'];
const envVariableName = {
    schema: schemas_string().transform((value, ctx) => {
        if (/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(value.trim()))
            return value.trim();
        ctx.addIssue({ code: 'custom', message: 'must be the name of an environment variable such as SLACK_WEBHOOK_URL (the value itself never goes in config.ini)' });
        return NEVER;
    }),
    allowed: 'an environment variable name',
};
/** A calendar date, YYYY-MM-DD, that exists (no 2026-02-30). */
const calendarDate = {
    schema: schemas_string().transform((value, ctx) => {
        const trimmed = value.trim();
        const parsed = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? new Date(`${trimmed}T00:00:00Z`) : undefined;
        if (parsed && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === trimmed)
            return trimmed;
        ctx.addIssue({ code: 'custom', message: 'must be a calendar date such as 2026-12-31' });
        return NEVER;
    }),
    allowed: 'a date YYYY-MM-DD (the last day the mute applies, UTC)',
};
/** An IAM role name, optionally under a path: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html */
const roleName = {
    schema: schemas_string().transform((value, ctx) => {
        const trimmed = value.trim();
        if (/^([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/.test(trimmed) && trimmed.length <= 512)
            return trimmed;
        ctx.addIssue({ code: 'custom', message: 'must be an IAM role name such as aws-monitor-readonly (letters, digits and + = , . @ _ -)' });
        return NEVER;
    }),
    allowed: 'an IAM role name (optionally with a path), the same in every account',
};
/** An STS RoleSessionName. */
const sessionName = {
    schema: schemas_string().regex(/^[\w+=,.@-]{2,64}$/, 'must be 2-64 of A-Z a-z 0-9 _ + = , . @ -'),
    allowed: 'a role session name: 2-64 of A-Z a-z 0-9 _ = , . @ -',
};
const accountReference = {
    schema: schemas_string().regex(/^[\x20-\x7e]{1,64}$/, 'must be an account id or name (1-64 printable characters)'),
    allowed: 'an account id or name of [organization] or an [account:NAME] section',
};
/** Text that must not be blank. */
const schema_required = (allowed) => ({ schema: schemas_string().trim().min(1, 'must not be empty'), allowed });


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ defaultValue),
/* harmony export */   Kh: () => (/* binding */ plainSettings),
/* harmony export */   Kr: () => (/* binding */ overridesFrom),
/* harmony export */   L6: () => (/* binding */ defaultSettings),
/* harmony export */   Nf: () => (/* binding */ NAMED_SECTIONS),
/* harmony export */   pW: () => (/* binding */ namedSectionTitle),
/* harmony export */   yy: () => (/* binding */ SETTINGS)
/* harmony export */ });
/* unused harmony exports defaultConfig, settingRows */
/* harmony import */ var _gate_gate_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9350);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6867);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(598);
// Every setting aws-monitor reads, one row each: its section and key, its parser (schema.ts), its
// default as config.ini would spell it, what it does, and the CLI flag and Action input that set it.
// The loader, defaultConfig(), the environment variable names, the Action's inputs, the README's
// settings table and config.example.ini all come from (or are tested against) these rows.



/** One row; `default`, when given, keeps its literal type so readers know the value is always there. */
function setting(spec, row) {
    return { spec, ...row };
}
const SEVERITY = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC);
/** The fixed sections, in the order their keys are listed in messages. */
const SETTINGS = {
    aws: {
        region: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .region */ .Ny, {
            default: 'us-east-2',
            defaultText: "`AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's region, else `us-east-2`",
            description: 'the region scanned',
            flag: '--region',
            input: 'aws-region',
        }),
        profile: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)('a profile name from ~/.aws/config'), {
            defaultText: '`AWS_PROFILE`, else the SDK default chain',
            description: 'a profile that exists in `~/.aws/config` or `~/.aws/credentials`',
            flag: '--profile',
        }),
        endpoint_url: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ, { description: 'one endpoint for every AWS service (an emulator)', flag: '--endpoint-url' }),
        max_attempts: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(1, 20), { default: '5', description: 'attempts per call, retries included (jittered backoff, 50 ms doubling to 5 s)' }),
        request_timeout: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(600_000, '10m'), { default: '30s', description: 'time limit for one HTTP request' }),
    },
    scan: {
        since: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_WINDOW_MS */ .Zf, '90d'), { default: '24h', description: 'the window to look at, ending now', flag: '--since', input: 'since' }),
        from: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .timestamp */ .vE, { description: 'start of a fixed window (at most 90 days); without `to` it ends now', flag: '--from' }),
        to: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .timestamp */ .vE, { description: 'end of a fixed window', flag: '--to' }),
        services: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('service ids separated by commas'), {
            defaultText: 'all',
            description: 'services to scan; an empty list is refused',
            flag: '--services',
            input: 'services',
        }),
        concurrency: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(1, 50), { default: '8', description: 'AWS calls in flight at once' }),
        account_concurrency: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(1, 100), { default: '4', description: 'accounts and regions scanned at once (each with its own `concurrency`)' }),
        deadline: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(6 * 3_600_000, '6h'), {
            defaultText: '2m + 1m per day of window, at most 15m',
            description: 'the run stops, writes the report with what it has, and lists the rest as coverage gaps',
            flag: '--deadline',
        }),
        allow_empty: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM, {
            default: 'false',
            description: 'true: a scan with nothing in scope exits 0 (its status is still `empty`)',
            flag: '--allow-empty',
            input: 'allow-empty',
        }),
        account: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .accountReference */ .R8, {
            description: 'one account of `[organization]` or the `[account:NAME]` sections, scanned in `[aws] region` only: one job of a matrix',
            flag: '--account',
            input: 'account',
        }),
    },
    filters: {
        cloudformation_prefix: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)('a stack name prefix (may be empty)'), { default: 'pp', description: 'CloudFormation stacks in scope start with this' }),
        cloudformation_suffix: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)('a stack name suffix (may be empty)'), { default: 'production', description: 'CloudFormation stacks in scope end with this' }),
        include_names: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('name globs separated by commas, e.g. pp-*, api-?'), { default: '', description: 'resources in scope by name (`*` and `?`)' }),
        exclude_names: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('name globs separated by commas'), { default: '', description: 'resources left out by name' }),
        include_tags: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw, { default: '', description: 'resources in scope by tag' }),
        exclude_tags: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw, { default: '', description: 'resources left out by tag' }),
    },
    metrics: {
        enabled: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM, { default: 'true', description: 'read CloudWatch metrics for every resource found' }),
        max_points_per_series: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(60, 1440), {
            default: '720',
            description: 'the period grows until a series fits (2-minute periods over a day)',
        }),
        baseline: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(14 * 86_400_000, '14d'), {
            default: '3d',
            description: 'history read before the window at the same period (at most 3 x `max_points_per_series` points), so each series is judged against its own normal',
        }),
    },
    logs: {
        enabled: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM, { default: 'true', description: 'read CloudWatch Logs of every resource found' }),
        engine: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .LOG_ENGINES */ .Hp), { default: 'auto', description: 'auto: FilterLogEvents up to `filter_max_mb`, Logs Insights above' }),
        error_patterns: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .regexList */ .gp, {
            default: '\\b(ERROR|FATAL|PANIC|CRITICAL)\\b || Exception\\b || Traceback \\(most recent call last\\)',
            defaultText: 'ERROR, FATAL, PANIC, CRITICAL, Exception, Traceback (see config.example.ini)',
            description: 'what counts as an error line, besides structured levels and DMS `]E:` lines',
        }),
        extra_log_groups: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('log group names separated by commas'), { default: '', description: 'log groups read besides those found' }),
        recent: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(30 * 86_400_000, '30d'), { default: '1h', description: 'the part of the window judged against the rest' }),
        scan_budget_mb: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(1, 10_000_000), {
            // 10 GiB: about $0.05 of Logs Insights scanning at the us-east-2 price of $0.005/GB.
            default: '10240',
            description: 'most Logs Insights may scan; groups past it are coverage gaps',
        }),
        // About 50 FilterLogEvents pages: a few seconds at 10 requests/s.
        filter_max_mb: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(0, 10_000), { default: '50', description: 'MB read with FilterLogEvents under `engine = auto`' }),
        max_events_per_source: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(100, 1_000_000), { default: '10000', description: 'error and trace lines kept per source (counts stay complete)' }),
        max_events_total: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(1_000, 10_000_000), {
            // About 120 MB of kept lines at the most, however many log groups a scan reads (BENCHMARKS.md).
            default: '100000',
            description: 'kept lines over all sources: with many sources each keeps its share, so memory stays flat; kept text is also capped at 64 MiB',
        }),
        pattern_budget: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(600_000, '10m'), {
            default: '30s',
            description: 'CPU time user regexes (`error_patterns`, `[log_pattern:NAME]`) may take in a scan, each on at most 4 KiB of a line; past it they stop and the report lists a coverage gap',
        }),
    },
    output: {
        format: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT_FORMATS */ .DS), { default: 'text', description: 'the report format', flag: '--format', input: 'format' }),
        file: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)('a file path'), { defaultText: 'stdout', description: 'write the report to this file', flag: '--output' }),
        fail_on: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)([..._report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC, 'never']), {
            default: 'high',
            description: 'exit 1 when a finding is at or above this',
            flag: '--fail-on',
            input: 'fail-on',
        }),
        min_severity: setting(SEVERITY, {
            default: 'info',
            description: 'findings below are counted, not listed (text and HTML reports, job summary)',
            flag: '--min-severity',
            input: 'min-severity',
        }),
        markdown_min_severity: setting(SEVERITY, { defaultText: '`min_severity`', description: 'the job summary on its own' }),
        // Info findings are facts, not problems: never an annotation on the run unless asked.
        annotations_min_severity: setting(SEVERITY, { default: 'low', description: 'findings shown as annotations on the run' }),
        merge_related: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM, { default: 'true', description: 'one finding per cause and resource, the others listed under it as related' }),
        fail_on_new: setting(SEVERITY, {
            description: 'with a baseline, exit 1 only on new findings at or above this, instead of `fail_on`',
            flag: '--fail-on-new',
            input: 'fail-on-new',
        }),
    },
    gate: {
        window: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(7 * 86_400_000, '7d'), { default: '30m', description: 'before and after the deploy', flag: '--window' }),
        confidence: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .ai)(0.5, 0.9999), { default: '0.95', description: 'of the rank test (Holm-corrected across metrics)' }),
        tolerance_percent: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .ai)(0, 1000), { default: '10', description: 'a significant change smaller than this still passes' }),
        pass_score: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .ai)(0, 100), { default: '90', description: 'share of judged metrics that must pass' }),
        marginal_score: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .ai)(0, 100), { default: '70', description: 'at or above it, a gate that does not pass is marginal' }),
        min_samples: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(3, 10_000), { default: '5', description: 'fewer points before or after: the metric is not judged' }),
        new_signature_min_count: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(1, 1_000_000), { default: '3', description: 'lines of a new error signature that fail the gate' }),
        min_judged_percent: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .ai)(0, 100), {
            default: '50',
            description: 'fewer judged metrics than this share of those the service should have: inconclusive',
        }),
        critical_metrics: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('gate metric ids separated by commas (target_5xx_rate, response_time_p99, response_time, target_4xx_rate, requests, cpu, memory, log_error_lines)'), { default: _gate_gate_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CRITICAL_METRICS */ .yi.join(', '), description: 'gate metric ids that fail the gate alone, and without whose data it is inconclusive' }),
        fail_on_marginal: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM, { default: 'false', description: 'exit 1 on a marginal verdict too' }),
    },
    credentials: {
        aws_access_key_id: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .secret */ .rJ)('an access key id'), { description: 'written by the CLI prompt; set with `aws_secret_access_key`' }),
        aws_secret_access_key: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .secret */ .rJ)('a secret access key'), { description: 'written by the CLI prompt' }),
        aws_session_token: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .secret */ .rJ)('a session token'), { description: 'written by the CLI prompt' }),
    },
    organization: {
        role_name: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .roleName */ .S3, {
            description: 'required: the role assumed in every ACTIVE account of the organization (see [Every account of an organization](#every-account-of-an-organization))',
        }),
        include: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('account id or name globs separated by commas, e.g. 1111*, prod-*'), { default: '', description: 'accounts scanned; none: every account' }),
        exclude: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('account id or name globs separated by commas'), { default: '', description: 'accounts left out (exclude wins)' }),
        regions: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .regionsOrEnabled */ .Uz, { default: '', defaultText: '`[aws] region`', description: 'regions scanned in each account, or `enabled`' }),
        external_id: setting({ ...(0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)('the external id the role requires'), secret: true }, { description: 'the external id the roles require' }),
        session_name: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .sessionName */ .Cy, { defaultText: '`aws-monitor`', description: "the assumed roles' session name" }),
    },
};
/** Sections with a name, `[kind:NAME]`: as many as the user writes, in the order messages list them. */
const NAMED_SECTIONS = {
    account: {
        role_arn: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .roleArn */ .w3, { description: 'required: the role assumed from the base credentials' }),
        external_id: setting({ ...(0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)('the external id the role requires'), secret: true }, { description: 'the external id the role requires' }),
        regions: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('AWS region codes separated by commas'), { defaultText: '`[aws] region`', description: 'regions scanned in this account' }),
        session_name: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .sessionName */ .Cy, { defaultText: '`aws-monitor`', description: "the assumed role's session name" }),
    },
    detector: {
        enabled: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM, { default: 'true', description: 'run the detector' }),
        severity: setting(SEVERITY, { defaultText: "the detector's own", description: "replaces the detector's severity" }),
    },
    log_pattern: {
        regex: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .safeRegex */ .zs, { description: 'required: lines matching it in the recent window are reported' }),
        ignore_case: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM, { default: 'false', description: 'match regardless of case' }),
        severity: setting(SEVERITY, { default: 'medium', description: 'severity of the finding' }),
        min_count: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(1, 1_000_000), { default: '1', description: 'matches needed in the recent window' }),
        log_groups: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('log group name globs separated by commas'), { default: '', description: 'only sources whose log group matches; none: every source' }),
    },
    notify: {
        type: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFY_TYPES */ .IG), { description: 'required: where the findings go' }),
        url_env: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .envVariableName */ .hf, { description: 'required: the variable holding the URL (pagerduty: the routing key)' }),
        secret_env: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .envVariableName */ .hf, { description: 'webhook: the variable holding the signing secret' }),
        // An alert that fires on every medium finding is muted within a week.
        min_severity: setting(SEVERITY, { default: 'high', description: 'findings sent' }),
        on: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFY_ON */ .GA), { default: 'changes', description: 'changes: new and resolved findings only; always: every finding, every run' }),
        events_url: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ, { default: 'https://events.pagerduty.com/v2/enqueue', description: 'pagerduty: the Events API v2 endpoint' }),
    },
    mute: {
        finding: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)('a finding id, or a glob of ids with * and ?, e.g. rds_not_multi_az:rds:instance:*'), { description: 'required: the finding id or glob muted' }),
        accounts: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('account ids or [account:NAME] names (globs) separated by commas'), { default: '', description: 'only in these accounts' }),
        regions: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('region codes (globs) separated by commas'), { default: '', description: 'only in these regions' }),
        tags: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw, { default: '', description: 'only on resources with all these tags' }),
        reason: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)('why the finding is accepted, shown with it'), { description: 'required: why the finding is accepted' }),
        until: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .calendarDate */ .bO, { description: 'required: the last day the mute applies (UTC)' }),
    },
};
function defaultValue(setting) {
    if (setting.default === undefined)
        return undefined;
    const parsed = setting.spec.schema.safeParse(setting.default);
    // Every default is parsed by a unit test; one that does not parse is a bug in this file.
    if (!parsed.success)
        throw new Error(`the default "${setting.default}" does not parse: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
}
/** The reader of an empty config: every setting at its default. */
const readDefaults = defaultValue;
/** ScanConfig's fields from the fixed sections' settings: the one place a key meets its field. */
function plainSettings(read) {
    const { aws, scan, filters, metrics, logs, output, gate } = SETTINGS;
    const minSeverity = read(output.min_severity);
    const plain = {
        maxAttempts: read(aws.max_attempts),
        requestTimeoutMs: read(aws.request_timeout),
        concurrency: read(scan.concurrency),
        accountConcurrency: read(scan.account_concurrency),
        allowEmpty: read(scan.allow_empty),
        filters: {
            cloudformationPrefix: read(filters.cloudformation_prefix),
            cloudformationSuffix: read(filters.cloudformation_suffix),
            includeNames: read(filters.include_names),
            excludeNames: read(filters.exclude_names),
            includeTags: read(filters.include_tags),
            excludeTags: read(filters.exclude_tags),
        },
        metrics: { enabled: read(metrics.enabled), maxPointsPerSeries: read(metrics.max_points_per_series), baselineMs: read(metrics.baseline) },
        logs: {
            enabled: read(logs.enabled),
            engine: read(logs.engine),
            errorPatterns: read(logs.error_patterns),
            extraLogGroups: read(logs.extra_log_groups),
            recentMs: read(logs.recent),
            scanBudgetBytes: read(logs.scan_budget_mb) * 1_048_576,
            filterMaxBytes: read(logs.filter_max_mb) * 1_048_576,
            maxEventsPerSource: read(logs.max_events_per_source),
            maxEventsTotal: read(logs.max_events_total),
            patternBudgetMs: read(logs.pattern_budget),
            patterns: [],
        },
        output: {
            format: read(output.format),
            failOn: read(output.fail_on),
            minSeverity: {
                text: minSeverity,
                markdown: read(output.markdown_min_severity) ?? minSeverity,
                annotations: read(output.annotations_min_severity),
            },
            mergeRelated: read(output.merge_related),
        },
        gate: {
            windowMs: read(gate.window),
            confidence: read(gate.confidence),
            tolerance: read(gate.tolerance_percent) / 100,
            passScore: read(gate.pass_score),
            marginalScore: read(gate.marginal_score),
            minSamples: read(gate.min_samples),
            newSignatureMinCount: read(gate.new_signature_min_count),
            minJudgedShare: read(gate.min_judged_percent) / 100,
            criticalMetrics: read(gate.critical_metrics),
            failOnMarginal: read(gate.fail_on_marginal),
        },
    };
    // Optional fields are left out when unset (or empty), never present as undefined.
    const endpointUrl = read(aws.endpoint_url);
    if (endpointUrl)
        plain.endpointUrl = endpointUrl;
    const deadlineMs = read(scan.deadline);
    if (deadlineMs)
        plain.deadlineMs = deadlineMs;
    const failOnNew = read(output.fail_on_new);
    if (failOnNew)
        plain.output.failOnNew = failOnNew;
    const file = read(output.file);
    if (file)
        plain.output.file = file;
    return plain;
}
/** The fixed sections' settings at their defaults. */
function defaultSettings() {
    return plainSettings(readDefaults);
}
/** The config of an empty config.ini with no environment and no flags, in region `[aws] region`'s default. */
function defaultConfig(options) {
    const since = defaultValue(SETTINGS.scan.since);
    return {
        region: defaultValue(SETTINGS.aws.region),
        regionSource: 'default',
        window: { from: new Date(options.now.getTime() - since), to: options.now },
        services: [...options.services],
        ...defaultSettings(),
        accounts: [],
        mutes: [],
        detectors: Object.fromEntries((options.detectors ?? []).map((detector) => [
            detector.id,
            { enabled: defaultValue(NAMED_SECTIONS.detector.enabled), thresholds: Object.fromEntries(Object.entries(detector.thresholds).map(([key, t]) => [key, t.default])) },
        ])),
        notify: [],
    };
}
/**
 * The overrides of the fixed settings a CLI flag or an Action input sets, in table order:
 * `given(name)` is the text given for the flag (`--since`) or input (`since`), or undefined or ''
 * when it was not given. Flag values are passed on as given; the parsers trim what they read.
 */
function overridesFrom(by, given) {
    const overrides = [];
    for (const [section, keys] of Object.entries(SETTINGS)) {
        for (const [key, setting] of Object.entries(keys)) {
            const name = setting[by];
            // An Action input is always a string, '' when not given: trimmed, as @actions/core trims it.
            const value = name === undefined ? undefined : by === 'input' ? given(name)?.trim() : given(name);
            if (name && value)
                overrides.push({ section, key, value, where: by === 'flag' ? name : `input ${name}` });
        }
    }
    return overrides;
}
/** `account:NAME`, `detector:ID`: a named section as the docs and messages write it. */
function namedSectionTitle(kind) {
    return kind === 'detector' ? 'detector:ID' : `${kind}:NAME`;
}
/** `[section] key` rows in table order, for docs and checks. */
function settingRows() {
    const rows = [];
    for (const [section, keys] of Object.entries(SETTINGS)) {
        for (const [key, value] of Object.entries(keys))
            rows.push({ section, key, setting: value });
    }
    for (const [kind, keys] of Object.entries(NAMED_SECTIONS)) {
        const section = namedSectionTitle(kind);
        for (const [key, value] of Object.entries(keys))
            rows.push({ section, key, setting: value });
    }
    return rows;
}


/***/ }),

/***/ 4207:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ hoursText),
/* harmony export */   Q9: () => (/* binding */ summedBins),
/* harmony export */   Sw: () => (/* binding */ windowView),
/* harmony export */   T5: () => (/* binding */ countSeries),
/* harmony export */   Xy: () => (/* binding */ isRising),
/* harmony export */   ZR: () => (/* binding */ binTime),
/* harmony export */   _V: () => (/* binding */ perHour),
/* harmony export */   cM: () => (/* binding */ runStart),
/* harmony export */   eC: () => (/* binding */ owner),
/* harmony export */   iR: () => (/* binding */ signatureLogs),
/* harmony export */   it: () => (/* binding */ findingResource),
/* harmony export */   kb: () => (/* binding */ topCounts),
/* harmony export */   lD: () => (/* binding */ split),
/* harmony export */   o_: () => (/* binding */ firstBinWith)
/* harmony export */ });
/* unused harmony exports sumBins, spans */
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6867);
/* harmony import */ var _metric_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3269);
// How log findings show their numbers: counts now vs. before, rates, where, and one example.


function sumBins(bins, from, to) {
    if (!bins)
        return 0;
    let total = 0;
    for (let i = Math.max(0, from); i < Math.min(to, bins.length); i += 1)
        total += bins[i];
    return total;
}
/**
 * Hours in the baseline and in the recent window. The baseline starts where the group's logs do:
 * a group that began logging 12 hours into a 24-hour window has a 12-hour baseline, not 24.
 */
function spans(digest, recentFromBin) {
    const hours = digest.binSeconds / 3600;
    const total = digest.counts.total;
    let first = 0;
    if (total)
        while (first < recentFromBin && total[first] === 0)
            first += 1;
    return { baselineHours: (recentFromBin - first) * hours, recentHours: (digest.binCount - recentFromBin) * hours };
}
/** Recent and baseline totals of one per-bin series. */
function split(bins, digest, recentFromBin) {
    return { recent: sumBins(bins, recentFromBin, digest.binCount), baseline: sumBins(bins, 0, recentFromBin) };
}
/** The resource a log finding is about: the owner of the logs, else the log group itself. */
function findingResource(input) {
    return input.resource ? (0,_report_model_js__WEBPACK_IMPORTED_MODULE_1__/* .refOf */ .H8)(input.resource) : { type: 'logs:log-group', id: input.digest.source.logGroup };
}
/** The spans and every signature's split, once per digest: detectors sort and filter on them. */
function windowView(digest, recentFromBin) {
    return { ...spans(digest, recentFromBin), signatures: digest.signatures.map((signature) => ({ signature, ...split(signature.bins, digest, recentFromBin) })) };
}
function signatureLogs(input, counts) {
    const { digest, view } = input;
    const { signature, recent, baseline } = counts;
    return {
        logGroup: digest.source.logGroup,
        signature: signature.title,
        recent,
        baseline,
        recentHours: view.recentHours,
        baselineHours: view.baselineHours,
        firstSeen: (0,_metric_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(signature.firstSeen),
        lastSeen: (0,_metric_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(signature.lastSeen),
        example: signature.example,
        ...(digest.sampled ? { sampled: true } : {}),
    };
}
/** Several signatures' occurrences added up, bin by bin. */
function summedBins(signatures) {
    const sum = new Array(signatures[0]?.bins.length ?? 0).fill(0);
    for (const s of signatures)
        for (let i = 0; i < sum.length; i += 1)
            sum[i] += s.bins[i];
    return sum;
}
/** Occurrences per bin as a series, so the report can draw its shape. */
function countSeries(digest, bins, name) {
    return {
        metric: 'log_events',
        namespace: 'CloudWatch Logs',
        name,
        stat: 'Count',
        unit: 'count',
        periodSeconds: digest.binSeconds,
        start: (0,_metric_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(digest.startMs),
        values: [...bins],
    };
}
/** "12 in the last 1 h" / "3 per hour over the 23 h before". */
function perHour(count, hours) {
    if (hours <= 0)
        return `${count}`;
    const rate = count / hours;
    return `${rate >= 10 ? Math.round(rate) : rate.toFixed(rate >= 1 ? 1 : 2)}/h`;
}
function hoursText(hours) {
    if (hours >= 48)
        return `${Math.round(hours / 24)} d`;
    if (hours >= 1)
        return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
    return `${Math.round(hours * 60)} min`;
}
/** Where the recent window starts, for `since` when nothing more precise is known. */
function firstBinWith(bins, from) {
    for (let i = from; i < bins.length; i += 1)
        if (bins[i] > 0)
            return i;
    return undefined;
}
function binTime(digest, bin) {
    return (0,_metric_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(digest.startMs + bin * digest.binSeconds * 1000);
}
/** The counts of the most frequent values, "a (12), b (3)". */
function topCounts(values, limit) {
    const counts = new Map();
    for (const value of values)
        counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, limit)
        .map(([value, n]) => `${value} (${n})`)
        .join(', ');
}
/** Who the logs belong to, for titles: "checkout" for an ECS service, the group otherwise. */
function owner(input) {
    return input.resource?.name ?? input.digest.source.logGroup;
}
/**
 * A signature is rising when its recent rate is `factor` times its baseline rate (a signature absent
 * from the baseline counts as once in it, so a new one must still be frequent) and it happened at
 * least `minCount` times recently.
 */
function isRising(counts, view, factor, minCount) {
    const { recent, baseline } = counts;
    const { baselineHours, recentHours } = view;
    if (recent < minCount || baselineHours <= 0 || recentHours <= 0)
        return false;
    return recent / recentHours >= (factor * Math.max(baseline, 1)) / baselineHours;
}
/** The bin where a run of elevated values that lasts to the end begins. */
function runStart(values, from, elevated) {
    let start = values.length;
    for (let i = values.length - 1; i >= from; i -= 1) {
        if (elevated(values[i], i))
            start = i;
        else if (start < values.length)
            break;
    }
    return start < values.length ? start : from;
}


/***/ }),

/***/ 3269:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ findingSeries),
/* harmony export */   GI: () => (/* binding */ readableTime),
/* harmony export */   KH: () => (/* binding */ iso),
/* harmony export */   vz: () => (/* binding */ prepareSeries)
/* harmony export */ });
/* unused harmony export cleanSeries */
/* harmony import */ var _analysis_series_anomaly_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5577);
/* harmony import */ var _telemetry_metrics_metric_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(191);
// How metric findings show their numbers: values in their unit, and the series itself.


/**
 * The series as detectors may assume it: finite timestamps and values only, in time order (stable for
 * repeated timestamps). CloudWatch never returns anything else, but a NaN or an unsorted point must
 * not become "NaN%" in a finding or a negative-length array. The input itself when already clean.
 */
function cleanSeries(series) {
    const { timestamps, values } = series;
    let clean = timestamps.length === values.length;
    for (let i = 0; clean && i < timestamps.length; i += 1) {
        clean = Number.isFinite(timestamps[i]) && Number.isFinite(values[i]) && (i === 0 || timestamps[i] >= timestamps[i - 1]);
    }
    if (clean)
        return series;
    const points = [];
    for (let i = 0; i < Math.min(timestamps.length, values.length); i += 1) {
        if (Number.isFinite(timestamps[i]) && Number.isFinite(values[i]))
            points.push([timestamps[i], values[i]]);
    }
    points.sort((a, b) => a[0] - b[0]);
    return { ...series, timestamps: points.map((p) => p[0]), values: points.map((p) => p[1]) };
}
const MIN_POINTS_FOR_CADENCE = 6;
function prepareSeries(input) {
    const clean = cleanSeries(input);
    let timestamps = [...clean.timestamps];
    let values = [...clean.values];
    // A repeated timestamp (a backend answering twice) is one point: the last one read.
    let kept = 0;
    for (let i = 0; i < timestamps.length; i += 1) {
        if (kept > 0 && timestamps[i] === timestamps[kept - 1])
            kept -= 1;
        timestamps[kept] = timestamps[i];
        values[kept] = values[i];
        kept += 1;
    }
    timestamps.length = kept;
    values.length = kept;
    const periodMs = input.periodSeconds * 1000;
    const count = (0,_telemetry_metrics_metric_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .absentMeansZero */ .iA)(input.spec);
    // A handful of points cannot establish a cadence: below MIN_POINTS_FOR_CADENCE, the period is the step.
    const stepMs = kept < MIN_POINTS_FOR_CADENCE ? periodMs : count ? countStep(timestamps, periodMs) : Math.max(periodMs, roundTo((0,_analysis_series_anomaly_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .seriesCadence */ .fI)(timestamps), periodMs));
    if (count && kept > 0)
        ({ timestamps, values } = fillWithZeros(timestamps, values, stepMs, input.readEnd));
    const windowIndex = input.windowStart === undefined ? 0 : firstAtOrAfter(timestamps, input.windowStart);
    return { ...input, timestamps, values, stepSeconds: stepMs / 1000, windowIndex };
}
/** A count's step: the greatest common divisor of its gaps in periods, since sparse points fall on the stored grid. */
function countStep(timestamps, periodMs) {
    let step = 0;
    for (let i = 1; i < timestamps.length; i += 1)
        step = gcd(step, Math.max(1, Math.round((timestamps[i] - timestamps[i - 1]) / periodMs)));
    return Math.max(1, step) * periodMs;
}
function gcd(a, b) {
    while (b > 0)
        [a, b] = [b, a % b];
    return a;
}
function roundTo(value, unit) {
    return Math.max(unit, Math.round(value / unit) * unit);
}
/**
 * Every step from the first point to the read's end, zero where there was no point. Not before the
 * first point: a metric that has never been published may belong to a resource that did not exist.
 */
function fillWithZeros(timestamps, values, stepMs, readEnd) {
    const from = timestamps[0];
    const last = timestamps[timestamps.length - 1];
    const to = readEnd !== undefined && readEnd - stepMs > last ? last + Math.floor((readEnd - stepMs - last) / stepMs) * stepMs : last;
    const outT = [];
    const outV = [];
    let j = 0;
    for (let t = from; t <= to; t += stepMs) {
        while (j < timestamps.length && timestamps[j] < t - stepMs / 2)
            j += 1;
        const hit = j < timestamps.length && Math.abs(timestamps[j] - t) < stepMs / 2;
        outT.push(hit ? timestamps[j] : t);
        outV.push(hit ? values[j] : 0);
        if (hit)
            j += 1;
    }
    return { timestamps: outT, values: outV };
}
function firstAtOrAfter(timestamps, time) {
    let lo = 0;
    let hi = timestamps.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (timestamps[mid] < time)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** The series on its step's grid over the report window, null where CloudWatch had no point. */
function findingSeries(input) {
    const prepared = 'stepSeconds' in input ? input : undefined;
    const from = prepared?.windowIndex ?? 0;
    const series = from > 0 ? { ...input, timestamps: input.timestamps.slice(from), values: input.values.slice(from) } : input;
    const period = (prepared?.stepSeconds ?? series.periodSeconds) * 1000;
    const first = series.timestamps[0] ?? 0;
    const last = series.timestamps.at(-1) ?? first;
    const values = new Array(Math.round((last - first) / period) + 1).fill(null);
    for (let i = 0; i < series.timestamps.length; i += 1)
        values[Math.round((series.timestamps[i] - first) / period)] = series.values[i];
    return {
        metric: series.spec.id,
        namespace: series.spec.namespace,
        name: series.spec.metricName,
        stat: series.spec.stat,
        unit: series.spec.unit,
        periodSeconds: period / 1000,
        start: new Date(first).toISOString(),
        values,
    };
}
const iso = (ms) => new Date(ms).toISOString();
/** A time for reading in evidence: 2026-11-25 12:56 UTC. */
const readableTime = (ms) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;


/***/ }),

/***/ 3470:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  X5: () => (/* binding */ LOG_DETECTORS),
  ZU: () => (/* binding */ METRIC_DETECTORS),
  x$: () => (/* binding */ RESOURCE_STATE_DETECTORS),
  yv: () => (/* binding */ detectorCatalog)
});

// EXTERNAL MODULE: ./src/report/model.ts
var model = __nccwpck_require__(6867);
;// CONCATENATED MODULE: ./src/detectors/cloudformation-stack-drifted/detector.ts

// Drift is only known from the last drift detection someone ran; this tool does not start one (read-only).
const cloudformationStackDrifted = {
    id: 'cloudformation_stack_drifted',
    cause: null,
    title: 'CloudFormation stack drifted from its template',
    description: 'The last drift detection found resources changed outside CloudFormation.',
    resourceTypes: ['cloudformation:stack'],
    thresholds: {},
    detect({ resource }) {
        if (resource.attributes.driftStatus !== 'DRIFTED')
            return [];
        return [
            {
                severity: 'low',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'stack has drifted from its template: the next update may revert manual changes',
                evidence: [{ label: 'drift status', value: 'DRIFTED (from the last drift detection)' }],
                nextStep: `\`aws cloudformation describe-stack-resource-drifts --stack-name ${resource.name} --stack-resource-drift-status-filters MODIFIED DELETED\``,
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/config/schema.ts + 18 modules
var schema = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./src/detectors/cloudformation-stack-unhealthy/detector.ts


// UPDATE_ROLLBACK_FAILED leaves a stack that can be neither updated nor rolled back by itself.
const STUCK = new Set(['UPDATE_ROLLBACK_FAILED', 'ROLLBACK_FAILED', 'DELETE_FAILED', 'IMPORT_ROLLBACK_FAILED']);
function classify(status) {
    if (STUCK.has(status))
        return 'critical';
    if (status.endsWith('_FAILED') || status === 'ROLLBACK_COMPLETE')
        return 'high';
    if (status.includes('ROLLBACK'))
        return 'medium'; // UPDATE_ROLLBACK_COMPLETE: the last update did not apply
    return undefined;
}
const cloudformationStackUnhealthy = {
    id: 'cloudformation_stack_unhealthy',
    cause: 'availability',
    title: 'CloudFormation stack failed, rolled back or stuck',
    description: 'The stack status is *_FAILED or *ROLLBACK*, or an operation has been IN_PROGRESS for too long.',
    resourceTypes: ['cloudformation:stack'],
    thresholds: {
        stuck_after_minutes: {
            spec: (0,schema/* integer */.nd)(0, 10_080),
            default: 60,
            description: 'An *_IN_PROGRESS status older than this is reported as stuck.',
        },
    },
    detect({ resource, thresholds, now }) {
        const status = resource.status ?? '';
        const updatedAt = typeof resource.attributes.lastUpdatedAt === 'string' ? resource.attributes.lastUpdatedAt : undefined;
        const ref = (0,model/* refOf */.H8)(resource);
        // Events are newest first: the oldest failure of the operation is usually the cause, the rest follow from it.
        const firstFailure = resource.events?.at(-1);
        const reason = [
            ...(typeof resource.attributes.statusReason === 'string' ? [{ label: 'status reason', value: resource.attributes.statusReason }] : []),
            ...(firstFailure ? [{ label: 'first failed resource', value: firstFailure.message }] : []),
            ...(resource.events && resource.events.length > 1 ? [{ label: 'failed resources', value: String(resource.events.length) }] : []),
        ];
        const severity = classify(status);
        if (severity) {
            return [
                {
                    severity,
                    resource: ref,
                    title: `stack is ${status}`,
                    evidence: [{ label: 'status', value: status }, ...reason],
                    ...(updatedAt ? { since: updatedAt } : {}),
                    nextStep: `\`aws cloudformation describe-stack-events --stack-name ${resource.name}\` (look for the first *_FAILED event)`,
                },
            ];
        }
        if (status.endsWith('_IN_PROGRESS') && updatedAt) {
            const minutes = (now.getTime() - Date.parse(updatedAt)) / 60_000;
            if (minutes > thresholds.stuck_after_minutes) {
                return [
                    {
                        severity: 'medium',
                        resource: ref,
                        title: `stack has been ${status} for ${Math.round(minutes)} minutes`,
                        evidence: [
                            { label: 'status', value: status },
                            ...(resource.attributes.waitingOn?.length ? [{ label: 'waiting on', value: resource.attributes.waitingOn.join(', ') }] : []),
                            ...reason,
                        ],
                        since: updatedAt,
                        nextStep: `\`aws cloudformation describe-stack-events --stack-name ${resource.name}\` (which resource is it waiting on?)`,
                    },
                ];
            }
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/detectors/dms-table-errors/detector.ts

const dmsTableErrors = {
    id: 'dms_table_errors',
    cause: 'errors',
    title: 'DMS tables in error',
    description: 'Tables the replication task could not load or replicate: their data is missing or stale in the target.',
    resourceTypes: ['dms:task'],
    thresholds: {},
    detect({ resource }) {
        const errored = resource.attributes.tablesErrored ?? 0;
        if (errored <= 0)
            return [];
        return [
            {
                severity: 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: `${errored} table${errored === 1 ? '' : 's'} in error: the target is missing their data`,
                evidence: resource.attributes.erroredTables?.length ? [{ label: 'tables', value: resource.attributes.erroredTables.join(', ') }] : [],
                nextStep: `\`aws dms describe-table-statistics --replication-task-arn ${resource.arn ?? resource.id}\`, then reload the tables after fixing the cause`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/dms-task-failed/detector.ts

// Stop reasons DMS gives for a task that stopped by itself after an error (DMS API reference, StopReason).
const ERROR_STOP = /error|fail/i;
const dmsTaskFailed = {
    id: 'dms_task_failed',
    cause: 'availability',
    title: 'DMS replication task failed or stopped by an error',
    description: 'The task status is failed, or it stopped with an error stop reason or failure message.',
    resourceTypes: ['dms:task'],
    thresholds: {},
    detect({ resource }) {
        const a = resource.attributes;
        const stopReason = typeof a.stopReason === 'string' ? a.stopReason : '';
        const failure = typeof a.lastFailureMessage === 'string' ? a.lastFailureMessage : '';
        const failed = resource.status === 'failed' || (resource.status === 'stopped' && (ERROR_STOP.test(stopReason) || failure !== ''));
        if (!failed)
            return [];
        return [
            {
                severity: 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: resource.status === 'failed' ? 'replication task failed' : 'replication task stopped by an error',
                evidence: [
                    ...(failure ? [{ label: 'last failure', value: failure }] : []),
                    ...(stopReason ? [{ label: 'stop reason', value: stopReason }] : []),
                    ...(a.replicationInstance ? [{ label: 'replication instance', value: `${a.replicationInstance} (${a.replicationInstanceStatus ?? '?'})` }] : []),
                ],
                ...(typeof a.stoppedAt === 'string' ? { since: a.stoppedAt } : {}),
                nextStep: `read the task log in CloudWatch Logs group ${a.logGroup ?? 'dms-tasks-<instance>'} (lines with ]E:), fix, then resume the task`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/elasticache-unavailable/detector.ts

// ElastiCache status words (ElastiCache user guide, "Viewing a cluster's details" and
// DescribeReplicationGroups' Status). Failed states need a rebuild; changes in progress are info,
// since ElastiCache keeps serving through most of them.
const STATUS_SEVERITY = {
    'create-failed': 'high',
    'restore-failed': 'high',
    'incompatible-network': 'high',
    deleting: 'medium',
    deleted: 'medium',
    'rebooting cluster nodes': 'low',
    creating: 'info',
    modifying: 'info',
    snapshotting: 'info',
};
// A status ElastiCache adds later is reported, not ignored: anything but available is worth a look.
const UNKNOWN_STATUS_SEVERITY = 'medium';
const elasticacheUnavailable = {
    id: 'elasticache_unavailable',
    cause: 'availability',
    title: 'ElastiCache replication group or cache cluster not available',
    description: 'The replication group or cache cluster status is anything but available: failed (high), being deleted (medium), rebooting (low) or changing (info).',
    resourceTypes: ['elasticache:replication-group', 'elasticache:cache-cluster'],
    thresholds: {},
    detect({ resource }) {
        const status = resource.status;
        if (status === undefined || status === 'available')
            return [];
        const group = resource.type === 'elasticache:replication-group';
        const engine = resource.attributes.engine ?? '';
        const shape = resource.type === 'elasticache:replication-group'
            ? [
                ...(engine ? [{ label: 'engine', value: engine }] : []),
                ...(resource.attributes.shardsNotAvailable
                    ? [{ label: 'shards not available', value: `${resource.attributes.shardsNotAvailable} of ${String(resource.attributes.shards ?? '?')}` }]
                    : []),
            ]
            : [
                ...(engine ? [{ label: 'engine', value: `${engine} ${resource.attributes.engineVersion ?? ''}`.trim() }] : []),
                ...(resource.attributes.replicationGroup ? [{ label: 'replication group', value: resource.attributes.replicationGroup }] : []),
            ];
        return [
            {
                severity: STATUS_SEVERITY[status] ?? UNKNOWN_STATUS_SEVERITY,
                resource: (0,model/* refOf */.H8)(resource),
                title: `${group ? 'replication group' : 'cache cluster'} is ${status}`,
                evidence: [{ label: 'status', value: status }, ...shape],
                // No since: ElastiCache does not say when the status changed.
                nextStep: `\`aws elasticache describe-events --source-identifier ${resource.id} --source-type ${group ? 'replication-group' : 'cache-cluster'} --duration 1440\``,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-container-insights-disabled/detector.ts

const ecsContainerInsightsDisabled = {
    id: 'ecs_container_insights_disabled',
    cause: null,
    title: 'ECS cluster without Container Insights',
    description: 'Without Container Insights there are no per-task CPU, memory or restart metrics to check.',
    resourceTypes: ['ecs:cluster'],
    thresholds: {},
    detect({ resource }) {
        const insights = resource.attributes.containerInsights;
        if (resource.status !== 'ACTIVE' || insights === 'enabled' || insights === 'enhanced')
            return [];
        return [
            {
                severity: 'info',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'Container Insights is off: per-task CPU, memory and restarts cannot be checked',
                evidence: [{ label: 'containerInsights', value: String(insights ?? 'disabled') }],
                nextStep: `\`aws ecs update-cluster-settings --cluster ${resource.name} --settings name=containerInsights,value=enabled\` (adds CloudWatch cost)`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-deployment-failed/detector.ts

const ecsDeploymentFailed = {
    id: 'ecs_deployment_failed',
    cause: 'availability',
    title: 'ECS deployment failed',
    description: "The service's latest deployment rolled out as FAILED (for example the circuit breaker tripped).",
    resourceTypes: ['ecs:service'],
    thresholds: {},
    detect({ resource }) {
        if (resource.attributes.rolloutState !== 'FAILED')
            return [];
        const reason = resource.attributes.rolloutStateReason;
        const startedAt = resource.attributes.deploymentStartedAt;
        return [
            {
                severity: 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'latest deployment failed',
                evidence: [
                    ...(typeof reason === 'string' ? [{ label: 'reason', value: reason }] : []),
                    { label: 'failed tasks', value: String(resource.attributes.failedTasks ?? 0) },
                    ...(typeof resource.attributes.taskDefinition === 'string' ? [{ label: 'task definition', value: resource.attributes.taskDefinition }] : []),
                ],
                ...(typeof startedAt === 'string' ? { since: startedAt } : {}),
                nextStep: "Read the service's events and the stopped tasks' reasons; roll back to the previous task definition if needed",
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-service-events/detector.ts


// Service event messages that mean trouble ("Amazon ECS service event messages", ECS developer guide).
const PROBLEMS = [
    { pattern: /unable to place a task/i, kind: 'tasks cannot be placed', severity: 'high' },
    { pattern: /unable to consistently start tasks/i, kind: 'tasks fail to start', severity: 'high' },
    { pattern: /failed to launch a task/i, kind: 'tasks fail to launch', severity: 'high' },
    { pattern: /deployment failed|rolling back to deployment|circuit breaker/i, kind: 'deployment failed', severity: 'high' },
    { pattern: /is unhealthy in \((target-group|elb)\b/i, kind: 'tasks failing load balancer health checks', severity: 'medium' },
    { pattern: /failed to (de)?register targets/i, kind: 'target registration failed', severity: 'medium' },
    { pattern: /unable to (stop or start|stop|start) tasks during a deployment/i, kind: 'deployment blocked by its configuration', severity: 'medium' },
    { pattern: /operations are being throttled/i, kind: 'service operations throttled', severity: 'low' },
];
const STEADY = /has reached a steady state/i;
function kindOf(event) {
    return PROBLEMS.find((p) => p.pattern.test(event.message));
}
const ecsServiceEvents = {
    id: 'ecs_service_events',
    cause: 'availability',
    title: 'ECS service events report problems',
    description: 'Recent service events about tasks that cannot be placed or started, failing health checks, failed deployments or throttling.',
    resourceTypes: ['ecs:service'],
    thresholds: {
        lookback_hours: {
            spec: (0,schema/* integer */.nd)(1, 2160),
            default: 24,
            description: 'Only events newer than this many hours count.',
        },
    },
    detect({ resource, thresholds, now }) {
        const oldest = now.getTime() - thresholds.lookback_hours * 3_600_000;
        const events = (resource.events ?? []).filter((e) => Date.parse(e.at) >= oldest); // newest first, as ECS returns them
        // A FAILED rollout is ecs_deployment_failed's finding; its events would only repeat it.
        const rolloutFailed = resource.attributes.rolloutState === 'FAILED';
        const matched = events.map((event) => ({ event, kind: kindOf(event) })).filter((m) => m.kind !== undefined && !(rolloutFailed && m.kind.kind === 'deployment failed'));
        if (matched.length === 0)
            return [];
        const steady = events.find((e) => STEADY.test(e.message));
        // Problems older than the latest steady state have been recovered from: still worth a line, not an alarm.
        const open = steady ? matched.filter((m) => Date.parse(m.event.at) > Date.parse(steady.at)) : matched;
        const shown = open.length > 0 ? open : matched;
        const worst = shown.reduce((a, b) => ((0,model/* severityRank */.qs)(b.kind.severity) < (0,model/* severityRank */.qs)(a.kind.severity) ? b : a));
        const kinds = [...new Set([...shown].sort((a, b) => (0,model/* severityRank */.qs)(a.kind.severity) - (0,model/* severityRank */.qs)(b.kind.severity)).map((m) => m.kind.kind))];
        const count = `${shown.length} event${shown.length === 1 ? '' : 's'}`;
        return [
            {
                severity: open.length > 0 ? worst.kind.severity : 'low',
                resource: (0,model/* refOf */.H8)(resource),
                title: open.length > 0 ? `${kinds.join(', ')} (${count})` : `recovered: ${kinds.join(', ')} (${count} before the last steady state)`,
                evidence: [...shown.slice(0, 3).map((m) => ({ label: m.event.at, value: m.event.message })), ...(steady ? [{ label: 'last steady state', value: steady.at }] : [])],
                since: shown.at(-1).event.at,
                nextStep: `\`aws ecs describe-services --cluster ${resource.attributes.cluster ?? '<cluster>'} --services ${resource.name} --query 'services[0].events[:20]'\``,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-tasks-stopped-abnormally/detector.ts


// Stopped reasons as ECS and its agent write them (ECS developer guide, "stopped task errors").
const CAUSES = [
    {
        pattern: /^OutOfMemoryError/i,
        cause: 'killed for running out of memory',
        severity: 'high',
        nextStep: "raise the container's memory limit or find what grew (memory metrics, heap dumps)",
    },
    {
        pattern: /^CannotPullContainerError|toomanyrequests|pull rate limit/i,
        cause: 'image could not be pulled',
        severity: 'high',
        nextStep: "check the image tag exists, the execution role's ECR permissions and the route to the registry",
    },
    {
        pattern: /^(CannotCreateContainerError|CannotStartContainerError|ResourceInitializationError|CannotInspectContainerError)/i,
        cause: 'container could not start',
        severity: 'high',
        nextStep: 'read the full stoppedReason: secrets, volumes, disk space or ENI limits are the usual causes',
    },
    {
        pattern: /failed ELB health checks/i,
        cause: 'failed load balancer health checks',
        severity: 'high',
        nextStep: "check the target group's health check path and port, the security groups, and the app's start-up time",
    },
    {
        pattern: /failed container health checks/i,
        cause: 'failed container health checks',
        severity: 'high',
        nextStep: "run the task definition's healthCheck command by hand; check startPeriod against start-up time",
    },
    { pattern: /Essential container in task exited/i, cause: 'essential container exited', severity: 'medium', nextStep: "read the container's last log lines before it exited" },
];
// Everything else is normal churn: deployments, scaling, maintenance, Spot interruptions, user stops.
function detector_classify(task) {
    const cause = CAUSES.find((c) => c.pattern.test(task.reason));
    // An essential container that exited non-zero crashed; exit 0 may be a job that finished.
    if (cause?.cause === 'essential container exited' && task.failedContainers.length > 0)
        return { ...cause, severity: 'high', cause: 'essential container crashed' };
    return cause;
}
const ecsTasksStoppedAbnormally = {
    id: 'ecs_tasks_stopped_abnormally',
    cause: 'availability',
    title: 'ECS tasks stopped by errors',
    description: 'Recently stopped tasks of a service whose reason is an error: out of memory, image pull, failed health checks, crashes.',
    resourceTypes: ['ecs:service'],
    thresholds: {
        min_tasks: { spec: (0,schema/* integer */.nd)(1, 1000), default: 1, description: 'Report a service once this many of its tasks stopped by errors.' },
    },
    detect({ resource, thresholds }) {
        const failures = (resource.stoppedTasks ?? []).map((task) => ({ task, cause: detector_classify(task) })).filter((f) => f.cause !== undefined);
        if (failures.length < thresholds.min_tasks)
            return [];
        const byCause = new Map();
        for (const f of failures)
            byCause.set(f.cause.cause, [...(byCause.get(f.cause.cause) ?? []), f]);
        const groups = [...byCause.values()].sort((a, b) => (0,model/* severityRank */.qs)(a[0].cause.severity) - (0,model/* severityRank */.qs)(b[0].cause.severity) || b.length - a.length);
        const worst = groups[0][0].cause;
        const times = failures
            .map((f) => f.task.stoppedAt)
            .filter((t) => Boolean(t))
            .sort();
        return [
            {
                severity: worst.severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: `${failures.length} task${failures.length === 1 ? '' : 's'} stopped by errors: ${groups.map((g) => `${g[0].cause.cause} x${g.length}`).join(', ')}`,
                evidence: groups.map((g) => {
                    const latest = g[0].task;
                    const containers = latest.failedContainers.length > 0 ? ` (exit ${latest.failedContainers.join(', ')})` : '';
                    return { label: `${g[0].cause.cause} x${g.length}`, value: `${latest.reason}${containers}` };
                }),
                ...(times[0] ? { since: times[0] } : {}),
                nextStep: worst.nextStep,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-service-tasks-below-desired/detector.ts


// Tasks start and stop during normal deploys; only a gap that outlasts this is a finding.
const GRACE_MINUTES = 10;
const ecsServiceTasksBelowDesired = {
    id: 'ecs_service_tasks_below_desired',
    cause: 'availability',
    title: 'ECS service running fewer tasks than desired',
    description: 'The service runs fewer tasks than its desired count; with none running it is down.',
    resourceTypes: ['ecs:service'],
    thresholds: {
        grace_minutes: {
            spec: (0,schema/* integer */.nd)(0, 1440),
            default: GRACE_MINUTES,
            description: 'Ignore the gap while the latest deployment is younger than this.',
        },
    },
    detect({ resource, thresholds, now }) {
        const desired = resource.attributes.desired ?? 0;
        const running = resource.attributes.running ?? 0;
        const pending = resource.attributes.pending ?? 0;
        if (resource.status !== 'ACTIVE' || desired === 0 || running >= desired)
            return [];
        const startedAt = resource.attributes.deploymentStartedAt;
        const ageMinutes = typeof startedAt === 'string' ? (now.getTime() - Date.parse(startedAt)) / 60_000 : Infinity;
        if (ageMinutes < thresholds.grace_minutes)
            return [];
        const down = running === 0;
        const placementEvent = resource.events?.find((e) => /unable to place|has started 0 tasks|unhealthy|failed/i.test(e.message));
        return [
            {
                severity: down ? 'critical' : running / desired < 0.5 ? 'high' : 'medium',
                resource: (0,model/* refOf */.H8)(resource),
                title: down ? `service is down: 0 of ${desired} tasks running` : `${running} of ${desired} tasks running`,
                evidence: [
                    { label: 'desired / running / pending', value: `${desired} / ${running} / ${pending}` },
                    ...(typeof resource.attributes.taskDefinition === 'string' ? [{ label: 'task definition', value: resource.attributes.taskDefinition }] : []),
                    ...(placementEvent ? [{ label: 'latest service event', value: `${placementEvent.at} ${placementEvent.message}` }] : []),
                ],
                ...(typeof startedAt === 'string' ? { since: startedAt } : {}),
                nextStep: `\`aws ecs describe-services --cluster ${resource.attributes.cluster ?? '<cluster>'} --services ${resource.name}\` and check stopped tasks' stoppedReason`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/elb-load-balancer-impaired/detector.ts

const elbLoadBalancerImpaired = {
    id: 'elb_load_balancer_impaired',
    cause: 'availability',
    title: 'Load balancer impaired or failed',
    description: 'The load balancer state is active_impaired (cannot scale) or failed.',
    resourceTypes: ['elbv2:load-balancer'],
    thresholds: {},
    detect({ resource }) {
        if (resource.status !== 'active_impaired' && resource.status !== 'failed')
            return [];
        return [
            {
                severity: resource.status === 'failed' ? 'critical' : 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: `load balancer is ${resource.status}`,
                evidence: [
                    { label: 'state', value: resource.status },
                    ...(typeof resource.attributes.stateReason === 'string' ? [{ label: 'reason', value: resource.attributes.stateReason }] : []),
                ],
                nextStep: `\`aws elbv2 describe-load-balancers --names ${resource.name}\` (State.Reason), and the subnets' free IP addresses`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/elb-unhealthy-targets/detector.ts

const elbUnhealthyTargets = {
    id: 'elb_unhealthy_targets',
    cause: 'availability',
    title: 'Target group with unhealthy or no targets',
    description: 'Targets failing health checks (graded by share), or a target group behind a load balancer with no targets.',
    resourceTypes: ['elbv2:target-group'],
    thresholds: {},
    detect({ resource }) {
        const a = resource.attributes;
        const targets = a.targets ?? 0;
        const unhealthy = a.unhealthyTargets ?? 0;
        const ref = (0,model/* refOf */.H8)(resource);
        if (resource.status === 'empty' && a.loadBalancers?.length) {
            return [
                {
                    severity: 'high',
                    resource: ref,
                    title: `no registered targets behind ${a.loadBalancers.join(', ')}: requests routed here fail with 503`,
                    evidence: [{ label: 'targets', value: '0' }],
                    nextStep: 'check the ECS service or Auto Scaling group that should register targets here',
                },
            ];
        }
        if (unhealthy === 0)
            return [];
        const severity = unhealthy === targets ? 'critical' : unhealthy / targets >= 0.5 ? 'high' : 'medium';
        return [
            {
                severity,
                resource: ref,
                title: unhealthy === targets ? `all ${targets} targets unhealthy` : `${unhealthy} of ${targets} targets unhealthy`,
                evidence: [
                    ...(a.unhealthyReasons?.length ? [{ label: 'reasons', value: a.unhealthyReasons.join(', ') }] : []),
                    ...(typeof a.firstUnhealthyDescription === 'string' ? [{ label: 'example', value: a.firstUnhealthyDescription }] : []),
                    ...(typeof a.healthCheckPath === 'string' ? [{ label: 'health check', value: `${a.protocol ?? ''} ${a.healthCheckPath} on port ${String(a.port ?? '?')}` }] : []),
                ],
                nextStep: 'request the health check path from inside the VPC; check security groups allow the load balancer, and the app start-up time against the health check grace period',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/opensearch-domain-state/detector.ts

// The domain API reports changes in progress and pending software updates; red/yellow health is
// a CloudWatch metric and belongs to the metric detectors.
const opensearchDomainState = {
    id: 'opensearch_domain_state',
    cause: 'availability',
    title: 'OpenSearch domain changing, or due a service software update',
    description: 'A configuration change or upgrade in progress, or a service software update available or scheduled.',
    resourceTypes: ['opensearch:domain'],
    thresholds: {},
    detect({ resource, now }) {
        const a = resource.attributes;
        const ref = (0,model/* refOf */.H8)(resource);
        const findings = [];
        if (resource.status === 'processing' || resource.status === 'upgrading') {
            findings.push({
                // The API gives no start time, so a long-stuck change cannot be told from a fresh one.
                severity: 'info',
                resource: ref,
                title: resource.status === 'upgrading' ? 'version upgrade in progress' : `configuration change in progress${a.domainProcessingStatus ? ` (${a.domainProcessingStatus})` : ''}`,
                evidence: [{ label: 'processing status', value: a.domainProcessingStatus ?? resource.status }],
                nextStep: `\`aws opensearch describe-domain-change-progress --domain-name ${resource.name}\``,
            });
        }
        if (a.serviceSoftwareUpdateAvailable === true) {
            const automated = typeof a.serviceSoftwareAutomatedUpdateDate === 'string' && Date.parse(a.serviceSoftwareAutomatedUpdateDate) > 0 ? a.serviceSoftwareAutomatedUpdateDate : undefined;
            const soon = automated !== undefined && Date.parse(automated) - now.getTime() < 7 * 86_400_000;
            findings.push({
                severity: soon ? 'medium' : 'low',
                resource: ref,
                title: automated ? `service software update scheduled for ${automated.slice(0, 10)}` : 'service software update available',
                evidence: [
                    ...(typeof a.serviceSoftwareDescription === 'string' ? [{ label: 'description', value: a.serviceSoftwareDescription }] : []),
                    ...(typeof a.serviceSoftwareUpdateStatus === 'string' ? [{ label: 'update status', value: a.serviceSoftwareUpdateStatus }] : []),
                ],
                nextStep: `apply it in a quiet hour: \`aws opensearch start-service-software-update --domain-name ${resource.name}\``,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-failure-events/detector.ts

// RDS event messages (RDS user guide, "Amazon RDS event categories and event messages").
const KINDS = [
    { pattern: /storage.*(full|is low|exhausted)|free storage capacity .* is low|ran out of storage/i, kind: 'storage running out', severity: 'high' },
    { pattern: /failover|failed over/i, kind: 'failover', severity: 'high' },
    { pattern: /\bfail(ed|ure)?\b|error|unable to|could not/i, kind: 'failure', severity: 'high' },
    { pattern: /recovery|recovering|crash/i, kind: 'recovery', severity: 'high' },
    { pattern: /restarted|rebooted|reboot|shutdown|shut down|has been stopped/i, kind: 'restart', severity: 'medium' },
];
function detector_kindOf(event) {
    return KINDS.find((k) => k.pattern.test(event.message));
}
const rdsFailureEvents = {
    id: 'rds_failure_events',
    cause: 'availability',
    title: 'RDS reported failures, failovers or restarts',
    description: 'RDS events in the window about failovers, failures, restarts or storage running out.',
    resourceTypes: ['rds:instance', 'rds:cluster'],
    thresholds: {},
    detect({ resource }) {
        const matched = (resource.events ?? []).map((event) => ({ event, kind: detector_kindOf(event) })).filter((m) => m.kind !== undefined);
        if (matched.length === 0)
            return [];
        const worst = matched.reduce((a, b) => ((0,model/* severityRank */.qs)(b.kind.severity) < (0,model/* severityRank */.qs)(a.kind.severity) ? b : a));
        const kinds = [...new Set([...matched].sort((a, b) => (0,model/* severityRank */.qs)(a.kind.severity) - (0,model/* severityRank */.qs)(b.kind.severity)).map((m) => m.kind.kind))];
        return [
            {
                severity: worst.kind.severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: `RDS reported ${kinds.join(', ')} (${matched.length} event${matched.length === 1 ? '' : 's'})`,
                evidence: matched.slice(0, 3).map((m) => ({ label: m.event.at, value: m.event.message })),
                since: matched.at(-1).event.at, // events are newest first
                nextStep: `\`aws rds describe-events --source-identifier ${resource.id} --duration 1440\`, then the database log around those times`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-not-multi-az/detector.ts

const rdsNotMultiAz = {
    id: 'rds_not_multi_az',
    cause: null,
    title: 'RDS primary without Multi-AZ',
    description: 'A standalone or primary DB instance outside Aurora without a standby: an AZ failure takes it down.',
    resourceTypes: ['rds:instance'],
    thresholds: {},
    detect({ resource }) {
        const a = resource.attributes;
        // Aurora instances get availability from the cluster's readers, replicas from their primary.
        if (a.multiAZ === true || a.clusterId || (a.role !== 'standalone' && a.role !== 'primary'))
            return [];
        return [
            {
                severity: 'low',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'no Multi-AZ standby: an Availability Zone outage takes this database down',
                evidence: [
                    { label: 'multiAZ', value: 'false' },
                    { label: 'role', value: a.role ?? 'unknown' },
                ],
                nextStep: `\`aws rds modify-db-instance --db-instance-identifier ${resource.id} --multi-az --apply-immediately\` (brief I/O pause; doubles instance cost)`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-pending-maintenance/detector.ts


const rdsPendingMaintenance = {
    id: 'rds_pending_maintenance',
    cause: null,
    title: 'RDS maintenance pending',
    description: 'A pending maintenance action (OS or engine patch, CA rotation); more urgent when AWS will apply it soon by itself.',
    resourceTypes: ['rds:instance', 'rds:cluster'],
    thresholds: {
        urgent_within_days: { spec: (0,schema/* integer */.nd)(0, 90), default: 7, description: 'An action AWS applies by itself within this many days is medium, else low.' },
    },
    detect({ resource, thresholds, now }) {
        const pending = resource.attributes.pendingMaintenance ?? [];
        if (pending.length === 0)
            return [];
        const actions = pending.join(', ');
        const applyAfter = typeof resource.attributes.pendingMaintenanceAutoApplyAfter === 'string' ? resource.attributes.pendingMaintenanceAutoApplyAfter : undefined;
        const daysLeft = applyAfter ? (Date.parse(applyAfter) - now.getTime()) / 86_400_000 : undefined;
        const urgent = daysLeft !== undefined && daysLeft <= thresholds.urgent_within_days;
        return [
            {
                severity: urgent ? 'medium' : 'low',
                resource: (0,model/* refOf */.H8)(resource),
                title: applyAfter ? `maintenance pending (${actions}); AWS applies it after ${applyAfter.slice(0, 10)}` : `maintenance pending (${actions})`,
                evidence: [
                    { label: 'actions', value: actions },
                    ...(resource.attributes.pendingMaintenanceDescription?.length ? [{ label: 'description', value: resource.attributes.pendingMaintenanceDescription.join('; ') }] : []),
                ],
                nextStep: `schedule it in a quiet hour: \`aws rds apply-pending-maintenance-action --resource-identifier ${resource.arn ?? resource.id} --apply-action <action> --opt-in-type next-maintenance\``,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-unhealthy/detector.ts

// RDS status words (RDS user guide, "Viewing DB instance status"). Transitional states such as
// modifying, backing-up, upgrading or rebooting are normal and not listed here.
const detector_STATUS_SEVERITY = {
    'storage-full': 'critical',
    failed: 'critical',
    'inaccessible-encryption-credentials': 'critical',
    'inaccessible-encryption-credentials-recoverable': 'critical',
    'incompatible-network': 'high',
    'incompatible-option-group': 'high',
    'incompatible-parameters': 'high',
    'incompatible-restore': 'high',
    'incompatible-credentials': 'high',
    'restore-error': 'high',
    'insufficient-capacity': 'high',
    // A stopped production database is usually a mistake, and RDS restarts it after 7 days anyway.
    stopped: 'medium',
    stopping: 'medium',
};
const rdsUnhealthy = {
    id: 'rds_unhealthy',
    cause: 'availability',
    title: 'RDS instance or cluster in a failed or stopped state',
    description: 'The DB instance or cluster status is one RDS documents as failed, incompatible, storage-full or stopped.',
    resourceTypes: ['rds:instance', 'rds:cluster'],
    thresholds: {},
    detect({ resource }) {
        const status = resource.status ?? '';
        const severity = detector_STATUS_SEVERITY[status];
        if (!severity)
            return [];
        const latestEvent = resource.events?.[0];
        return [
            {
                severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: `${resource.type === 'rds:cluster' ? 'cluster' : 'DB instance'} is ${status}`,
                evidence: [
                    { label: 'status', value: status },
                    ...(resource.attributes.engine ? [{ label: 'engine', value: `${resource.attributes.engine} ${resource.attributes.engineVersion ?? ''}`.trim() }] : []),
                    ...(latestEvent ? [{ label: 'latest RDS event', value: `${latestEvent.at} ${latestEvent.message}` }] : []),
                ],
                // No since: RDS does not say when the status changed, and the latest event may be unrelated.
                nextStep: status === 'storage-full'
                    ? `\`aws rds modify-db-instance --db-instance-identifier ${resource.id} --allocated-storage <larger> --apply-immediately\``
                    : `\`aws rds describe-events --source-identifier ${resource.id} --source-type ${resource.type === 'rds:cluster' ? 'db-cluster' : 'db-instance'} --duration 1440\``,
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/detectors/metric-evidence.ts
var metric_evidence = __nccwpck_require__(3269);
// EXTERNAL MODULE: ./src/report/metric-units.ts
var metric_units = __nccwpck_require__(8418);
// EXTERNAL MODULE: ./src/analysis/statistics/mean.ts
var mean = __nccwpck_require__(595);
// EXTERNAL MODULE: ./src/analysis/statistics/order-statistics.ts
var order_statistics = __nccwpck_require__(4134);
;// CONCATENATED MODULE: ./src/analysis/statistics/robust-trend.ts
// A trend that one outage cannot bend: the Theil-Sen slope (the median of pairwise slopes) and how
// much of a series' variance that line explains, for detectors that extrapolate (capacity running out).


/** Theil-Sen slope (units per ms) over at most `maxPairs` sampled pairs: robust to outliers and O(n) memory. */
function theilSenSlope(timestamps, values, maxPairs = 20_000) {
    const n = timestamps.length;
    if (n < 2)
        return 0;
    const slopes = [];
    const pairs = (n * (n - 1)) / 2;
    const step = Math.max(1, Math.floor(pairs / maxPairs));
    let k = 0;
    for (let i = 0; i < n; i += 1) {
        for (let j = i + 1; j < n; j += 1, k += 1) {
            if (k % step !== 0)
                continue;
            const dt = timestamps[j] - timestamps[i];
            if (dt > 0)
                slopes.push((values[j] - values[i]) / dt);
        }
    }
    return (0,order_statistics/* median */.JZ)(slopes);
}
/** Share of the variance a line explains (R squared), for judging whether a trend is real. */
function lineFit(timestamps, values, slope) {
    const n = values.length;
    if (n < 3)
        return 0;
    const intercept = (0,order_statistics/* median */.JZ)(values.map((v, i) => v - slope * timestamps[i]));
    const centre = (0,mean/* mean */.i)(values);
    let residual = 0;
    let total = 0;
    for (let i = 0; i < n; i += 1) {
        residual += (values[i] - (intercept + slope * timestamps[i])) ** 2;
        total += (values[i] - centre) ** 2;
    }
    return total === 0 ? 0 : 1 - residual / total;
}

;// CONCATENATED MODULE: ./src/detectors/metric-capacity-exhaustion/detector.ts






const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Free storage or memory heading for zero: a robust trend over the window, projected forward. */
const metricCapacityExhaustion = {
    id: 'metric_capacity_exhaustion',
    title: 'Running out of capacity',
    description: 'Free storage (or memory) is falling steadily and will reach zero within the horizon, or is already nearly gone.',
    roles: ['free-capacity'],
    thresholds: {
        horizon_days: { spec: (0,schema/* number */.ai)(0.1, 365), default: 14, description: 'Report when the projected time to zero is shorter than this.' },
        min_free_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 10, description: 'Report when less than this share of the capacity is free, trend or not.' },
        min_fit: { spec: (0,schema/* number */.ai)(0, 1), default: 0.6, description: 'How well a straight line must explain the decline (R squared) to be trusted.' },
    },
    detect({ resource, series: input, thresholds, now }) {
        // The trend of the report window: history read before it is for the anomaly engine's baselines.
        const prepared = (0,metric_evidence/* prepareSeries */.vz)(input);
        const series = { ...prepared, timestamps: prepared.timestamps.slice(prepared.windowIndex), values: prepared.values.slice(prepared.windowIndex), windowIndex: 0 };
        const { spec, values, timestamps } = series;
        const n = values.length;
        if (n < 6)
            return [];
        const capacity = spec.capacity?.(resource);
        const current = (0,order_statistics/* median */.JZ)(values.slice(-3));
        const freePercent = capacity ? (current / capacity) * 100 : undefined;
        const slope = theilSenSlope(timestamps, values); // units per ms; negative when filling up
        const fit = slope < 0 ? lineFit(timestamps, values, slope) : 0;
        const span = timestamps[n - 1] - timestamps[0];
        const decline = -slope * span;
        // The decline must be real: well explained by a line and large against the level it started from.
        const trending = slope < 0 && fit >= thresholds.min_fit && span >= HOUR && decline >= 0.01 * (capacity ?? values[0]);
        const msToZero = trending ? current / -slope : Infinity;
        const low = freePercent !== undefined && freePercent < thresholds.min_free_percent;
        if (!low && msToZero > thresholds.horizon_days * DAY)
            return [];
        const severity = msToZero < DAY || (freePercent !== undefined && freePercent < 2) ? 'critical' : msToZero < 3 * DAY || low ? 'high' : 'medium';
        const perDay = -slope * DAY;
        const runsOutAt = Number.isFinite(msToZero) ? new Date(now.getTime() + msToZero) : undefined;
        return [
            {
                severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: runsOutAt ? `${spec.label} runs out in ${humanSpan(msToZero)} at the current rate` : `${spec.label} nearly exhausted: ${(0,metric_units/* formatValue */.F)(current, spec.unit)} left`,
                evidence: [
                    {
                        label: 'free now',
                        value: `${(0,metric_units/* formatValue */.F)(current, spec.unit)}${freePercent !== undefined ? ` (${freePercent.toFixed(1)}% of ${(0,metric_units/* formatValue */.F)(capacity, spec.unit)})` : ''}`,
                    },
                    ...(trending ? [{ label: 'falling by', value: `${(0,metric_units/* formatValue */.F)(perDay, spec.unit)} per day (fit R2 ${fit.toFixed(2)})` }] : []),
                    ...(runsOutAt ? [{ label: 'projected empty', value: (0,metric_evidence/* readableTime */.GI)(runsOutAt.getTime()) }] : []),
                ],
                since: (0,metric_evidence/* iso */.KH)(timestamps[0]),
                nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: add capacity (or enable storage autoscaling) and find what is writing`,
                series: (0,metric_evidence/* findingSeries */.Bt)(series),
            },
        ];
    },
};
function humanSpan(ms) {
    if (ms < HOUR)
        return `${Math.max(1, Math.round(ms / 60_000))} min`;
    if (ms < 2 * DAY)
        return `${Math.round(ms / HOUR)} h`;
    return `${Math.round(ms / DAY)} days`;
}

// EXTERNAL MODULE: ./src/analysis/series/anomaly-engine.ts + 1 modules
var anomaly_engine = __nccwpck_require__(5577);
;// CONCATENATED MODULE: ./src/detectors/series-runs.ts
// Runs of samples in a metric series for the metric detectors: runs of a flag (a threshold held),
// and the episodes the shared anomaly engine calls unusual. The statistics themselves live in
// src/analysis/statistics/.

/** Maximal runs of indexes where `flag` holds, allowing `gap` unflagged points inside a run. */
function runsOf(length, flag, gap = 0) {
    const runs = [];
    let current;
    for (let i = 0; i < length; i += 1) {
        if (!flag(i))
            continue;
        if (current && i - current.end - 1 <= gap) {
            current.end = i;
            current.flagged += 1;
        }
        else {
            current = { start: i, end: i, flagged: 1 };
            runs.push(current);
        }
    }
    return runs;
}
// Unusual samples closer than this are one episode in a finding's numbers (the engine's own incidents
// join samples up to a day apart, which suits alerting once, not counting errors "during the spike").
const EPISODE_GAP_MS = 30 * 60_000;
/**
 * What the shared anomaly engine (the one `aws-monitor detect-series` runs, with the same defaults)
 * calls unusual in a series, on the side that is bad for it, as episodes of unusual samples. The
 * step is the series' own, so the same incident is found at any period the planner picks.
 */
function unusualRuns(timestamps, values, stepSeconds, direction) {
    const scored = (0,anomaly_engine/* scoreSeries */.Mp)(timestamps.map((timestamp, i) => ({ timestamp, value: values[i] })), { direction }, stepSeconds * 1000);
    const incidents = [];
    let current;
    scored.forEach((p, i) => {
        // The engine's threshold: a score above one half is a ratio above one.
        if (p.score <= 0.5)
            return;
        if (current && timestamps[i] - timestamps[current.end] <= Math.max(EPISODE_GAP_MS, stepSeconds * 1000)) {
            current.end = i;
            current.peak = Math.max(current.peak, p.score);
        }
        else {
            current = { start: i, end: i, peak: p.score };
            incidents.push(current);
        }
    });
    return incidents;
}

;// CONCATENATED MODULE: ./src/detectors/metric-error-rate-spike/detector.ts






/**
 * Errors judged as a share of traffic where the catalog names the traffic metric: a traffic surge
 * with a steady error rate is not an error spike. Without traffic, the count itself is judged.
 * The shared anomaly engine decides what is unusual for this series; the floors below decide what
 * is worth a finding.
 */
const metricErrorRateSpike = {
    id: 'metric_error_rate_spike',
    title: 'Error rate spike',
    description: 'HTTP 5xx/4xx or other error counts rose well above their own baseline, as a share of requests where requests are known.',
    roles: ['errors'],
    thresholds: {
        min_errors: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 5, description: 'Fewest errors during the spike for it to count.' },
        min_rate_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 1, description: 'Smallest error rate (% of requests) worth reporting.' },
        ratio: { spec: (0,schema/* number */.ai)(1, 1000), default: 3, description: 'How many times the baseline the rate (or count) must reach.' },
    },
    detect({ resource, series: input, related: relatedInput, thresholds }) {
        const series = (0,metric_evidence/* prepareSeries */.vz)(input);
        const { spec } = series;
        const trafficInput = spec.trafficOf ? relatedInput(spec.trafficOf) : undefined;
        const traffic = trafficInput && trafficInput.values.length > 0 ? (0,metric_evidence/* prepareSeries */.vz)(trafficInput) : undefined;
        const base = traffic ?? series;
        const n = base.timestamps.length;
        if (n < 4)
            return [];
        // Errors on the traffic's own points: a period with requests and no error point had no errors.
        const errorsAt = new Map(series.timestamps.map((t, i) => [t, series.values[i]]));
        const errors = traffic ? base.timestamps.map((t) => errorsAt.get(t) ?? 0) : [...series.values];
        // Request counts are sums of whole requests: less than one is none (a fraction would divide into an infinite rate).
        const requests = traffic ? base.values.map((r) => (r < 1 ? 0 : r)) : undefined;
        const asRate = requests !== undefined;
        const measure = errors.map((e, i) => (requests ? (requests[i] > 0 ? e / requests[i] : e > 0 ? 1 : 0) : e));
        const floor = asRate ? thresholds.min_rate_percent / 100 : 0;
        const episodes = unusualRuns(base.timestamps, measure, base.stepSeconds, 'up')
            .filter((r) => r.end >= base.windowIndex)
            .map((r) => {
            const baseline = (0,order_statistics/* median */.JZ)(measure.slice(0, r.start)) || 0;
            const errorCount = sum(errors, r.start, r.end);
            const total = requests ? sum(requests, r.start, r.end) : undefined;
            const level = total !== undefined ? (total > 0 ? errorCount / total : 1) : errorCount / (r.end - r.start + 1);
            const excess = errorCount - (total !== undefined ? baseline * total : baseline * (r.end - r.start + 1));
            return { ...r, baseline, errorCount, total, level, excess };
        })
            .filter((e) => e.errorCount >= thresholds.min_errors && e.level >= floor && e.level >= e.baseline * thresholds.ratio);
        if (episodes.length === 0)
            return [];
        // The worst episode by errors above baseline; the latest wins ties (it is the one still relevant).
        const worst = episodes.reduce((a, b) => (b.excess >= a.excess ? b : a));
        const stepMinutes = base.stepSeconds / 60;
        const minutes = Math.round(((worst.end - worst.start + 1) * base.stepSeconds) / 60);
        const ongoing = worst.end >= n - 2;
        const severity = /5xx/i.test(spec.metricName) ? 'high' : 'medium';
        const display = (v) => (asRate ? `${(v * 100).toFixed(v < 0.01 ? 2 : 1)}%` : (0,metric_units/* formatValue */.F)(v, spec.unit));
        return [
            {
                severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: `${spec.label} spiked to ${asRate ? `${display(worst.level)} of requests` : `${(0,metric_units/* formatValue */.F)(worst.errorCount, 'count')} in ${minutes} min`}${ongoing ? ', still now' : ''}`,
                evidence: [
                    { label: 'baseline', value: asRate ? `${display(worst.baseline)} of requests` : `${(0,metric_units/* formatValue */.F)(worst.baseline, 'count')} per ${stepMinutes} min` },
                    {
                        label: 'during the spike',
                        value: `${(0,metric_units/* formatValue */.F)(worst.errorCount, 'count')} errors${worst.total !== undefined ? ` in ${(0,metric_units/* formatValue */.F)(worst.total, 'count')} requests` : ''} over ${minutes} min`,
                    },
                    { label: 'peak', value: `${(0,metric_units/* formatValue */.F)(Math.max(...errors.slice(worst.start, worst.end + 1)), 'count')} in one ${stepMinutes}-min period` },
                    ...(episodes.length > 1 ? [{ label: 'spikes in the window', value: String(episodes.length) }] : []),
                    ...(ongoing ? [] : [{ label: 'ended', value: (0,metric_evidence/* readableTime */.GI)(base.timestamps[worst.end]) }]),
                ],
                since: (0,metric_evidence/* iso */.KH)(base.timestamps[worst.start]),
                nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: match the start time with deploys, then read the service's logs from ${(0,metric_evidence/* iso */.KH)(base.timestamps[worst.start]).slice(0, 16)}Z`,
                series: (0,metric_evidence/* findingSeries */.Bt)(series),
            },
        ];
    },
};
function sum(values, from, to) {
    let total = 0;
    for (let i = from; i <= to; i += 1)
        total += values[i];
    return total;
}

;// CONCATENATED MODULE: ./src/detectors/metric-latency-degradation/detector.ts






/**
 * A level shift that lasts to now. The shared anomaly engine says when the latency became unusual
 * for this series (its daily pattern and its usual bursts included); the finding then compares the
 * level since then with the level before, and reports it when the rise is large and still there.
 */
const metricLatencyDegradation = {
    id: 'metric_latency_degradation',
    title: 'Performance degradation',
    description: 'Response time, database latency or queue depth rose to a new, higher level and stayed there.',
    roles: ['latency'],
    thresholds: {
        sustained_minutes: { spec: (0,schema/* integer */.nd)(1, 10_080), default: 30, description: 'How long the higher level must have lasted, up to now.' },
        min_increase_percent: { spec: (0,schema/* number */.ai)(1, 10_000), default: 50, description: 'Smallest rise over the baseline worth reporting.' },
    },
    detect({ resource, series: input, thresholds }) {
        const series = (0,metric_evidence/* prepareSeries */.vz)(input);
        const { spec, values, timestamps } = series;
        const n = values.length;
        if (n < 4)
            return [];
        const stepMs = series.stepSeconds * 1000;
        const sustainedMs = thresholds.sustained_minutes * 60_000;
        const runs = unusualRuns(timestamps, values, series.stepSeconds, 'up');
        // The latest unusual episode that began before the sustained span and inside the window.
        for (let r = runs.length - 1; r >= 0; r -= 1) {
            const run = runs[r];
            if (run.end < series.windowIndex)
                break;
            const baseline = (0,order_statistics/* median */.JZ)(values.slice(0, run.start));
            const limit = baseline * (1 + thresholds.min_increase_percent / 100);
            // The rise may have begun a little before the engine was sure of it (a median needs half its span).
            let start = run.start;
            while (start > 0 && values[start - 1] >= limit)
                start -= 1;
            const lastedMs = timestamps[n - 1] - timestamps[start] + stepMs;
            if (lastedMs < sustainedMs)
                continue;
            const current = (0,order_statistics/* median */.JZ)(values.slice(start));
            const recent = (0,order_statistics/* median */.JZ)(values.filter((_, i) => timestamps[i] > timestamps[n - 1] - sustainedMs));
            // Still there: the level since the rise and over the last sustained span are both above the limit.
            if (!(baseline >= 0) || !(current >= limit) || !(recent >= limit) || !(current > baseline))
                continue;
            const change = baseline > 0 ? (current / baseline - 1) * 100 : Infinity;
            return [
                {
                    severity: baseline > 0 && current >= baseline * 3 ? 'high' : 'medium',
                    resource: (0,model/* refOf */.H8)(resource),
                    title: `${spec.label} up ${Number.isFinite(change) ? `${Math.round(change)}%` : 'from zero'}: ${(0,metric_units/* formatValue */.F)(baseline, spec.unit)} -> ${(0,metric_units/* formatValue */.F)(current, spec.unit)}`,
                    evidence: [
                        { label: 'baseline (before the rise)', value: (0,metric_units/* formatValue */.F)(baseline, spec.unit) },
                        { label: 'since the rise', value: `${(0,metric_units/* formatValue */.F)(current, spec.unit)} (median of ${n - start} periods)` },
                        { label: 'latest', value: (0,metric_units/* formatValue */.F)(values[n - 1], spec.unit) },
                    ],
                    since: (0,metric_evidence/* iso */.KH)(timestamps[start]),
                    nextStep: `${spec.namespace} ${spec.metricName} (${spec.stat}) for ${resource.id}: check deploys and dependency latency (database, downstream APIs) around ${(0,metric_evidence/* iso */.KH)(timestamps[start]).slice(0, 16)}Z`,
                    series: (0,metric_evidence/* findingSeries */.Bt)(series),
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/detectors/metric-threshold-breach/detector.ts





// A single high sample is normal (a deploy, a batch job); a limit held for this long is not.
const SUSTAINED_MINUTES = 10;
const metricThresholdBreach = {
    id: 'metric_threshold_breach',
    title: 'Metric beyond its limit for a sustained time',
    description: "A saturation or health metric (CPU, memory, JVM pressure, replica lag, cluster status...) stayed beyond the catalog's limit for the sustained time.",
    roles: ['saturation', 'health'],
    thresholds: {
        sustained_minutes: { spec: (0,schema/* integer */.nd)(1, 1440), default: SUSTAINED_MINUTES, description: 'How long a limit must be exceeded without a break.' },
    },
    detect({ resource, series: input, thresholds }) {
        const series = (0,metric_evidence/* prepareSeries */.vz)(input);
        const { spec } = series;
        const limits = spec.limitsFor ? spec.limitsFor(resource) : spec.limits;
        if (!limits || series.values.length === 0)
            return [];
        const beyond = (value, limit) => (spec.bad === 'up' ? value >= limit : value <= limit);
        // Durations in time, each point standing for its step: the same breach is as long at any period.
        const stepMs = series.stepSeconds * 1000;
        const neededMs = thresholds.sustained_minutes * 60_000;
        const lasting = (r) => series.timestamps[r.end] - series.timestamps[r.start] + stepMs;
        const levels = [
            { limit: limits.critical, severity: 'high' },
            { limit: limits.warn, severity: 'medium' },
        ].filter((l) => l.limit !== undefined);
        for (const { limit, severity } of levels) {
            // Consecutive points only: a missing point ends a run, so gaps never fake a sustained breach.
            const runs = splitAtGaps(runsOf(series.values.length, (i) => beyond(series.values[i], limit)), series.timestamps, stepMs).filter((r) => lasting(r) >= neededMs && r.end >= series.windowIndex);
            if (runs.length === 0)
                continue;
            const latest = runs.at(-1);
            const ongoing = latest.end === series.values.length - 1;
            const window = series.values.slice(latest.start, latest.end + 1);
            const peak = spec.bad === 'up' ? Math.max(...window) : Math.min(...window);
            const minutes = Math.round(lasting(latest) / 60_000);
            return [
                {
                    severity,
                    resource: (0,model/* refOf */.H8)(resource),
                    title: `${spec.label} ${spec.bad === 'up' ? 'at or above' : 'at or below'} ${(0,metric_units/* formatValue */.F)(limit, spec.unit)} for ${minutes} min${ongoing ? ', still now' : ''}`,
                    evidence: [
                        { label: 'limit', value: `${(0,metric_units/* formatValue */.F)(limit, spec.unit)} (${severity === 'high' ? 'critical' : 'warning'})` },
                        { label: spec.bad === 'up' ? 'peak' : 'lowest', value: (0,metric_units/* formatValue */.F)(peak, spec.unit) },
                        { label: 'latest', value: (0,metric_units/* formatValue */.F)(series.values.at(-1), spec.unit) },
                        ...(runs.length > 1 ? [{ label: 'episodes in the window', value: String(runs.length) }] : []),
                        ...(ongoing ? [] : [{ label: 'ended', value: (0,metric_evidence/* readableTime */.GI)(series.timestamps[latest.end]) }]),
                    ],
                    since: (0,metric_evidence/* iso */.KH)(series.timestamps[latest.start]),
                    nextStep: `CloudWatch: ${spec.namespace} ${spec.metricName} (${spec.stat}) for ${resource.id}; ${spec.role === 'saturation' ? 'scale up or out, or find what drives the load' : 'read the resource events and logs around the start'}`,
                    series: (0,metric_evidence/* findingSeries */.Bt)(series),
                },
            ];
        }
        return [];
    },
};
/** Runs cut wherever a point is missing (more than a step and a half after the one before): gaps never fake a sustained breach. */
function splitAtGaps(runs, timestamps, stepMs) {
    const out = [];
    for (const run of runs) {
        let start = run.start;
        for (let i = run.start + 1; i <= run.end; i += 1) {
            if (timestamps[i] - timestamps[i - 1] > 1.5 * stepMs) {
                out.push({ start, end: i - 1 });
                start = i;
            }
        }
        out.push({ start, end: run.end });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detectors/metric-traffic-drop/detector.ts






/**
 * Requests that fell to a fraction of their usual level and stayed there: users cannot reach the
 * service. CloudWatch publishes no RequestCount for a period without requests, so missing periods
 * up to the end of the read are zeros (prepareSeries): exactly what an outage looks like. The shared
 * anomaly engine says when the drop became unusual (a quiet night is not a drop).
 */
const metricTrafficDrop = {
    id: 'metric_traffic_drop',
    title: 'Traffic dropped',
    description: 'Requests fell far below their usual level and stayed there.',
    roles: ['traffic'],
    thresholds: {
        sustained_minutes: { spec: (0,schema/* integer */.nd)(1, 1440), default: 15, description: 'How long the drop must have lasted, up to now.' },
        max_share_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 20, description: 'Report when traffic is below this share of its usual level.' },
        min_usual_per_minute: { spec: (0,schema/* number */.ai)(0, 1_000_000), default: 10, description: 'Ignore resources whose usual traffic is below this many requests a minute.' },
    },
    detect({ resource, series: input, thresholds, now }) {
        if (input.spec.bad !== 'down')
            return [];
        // Zeros up to the scan's clock, less a period for publishing delay (the read may end in the future).
        const series = (0,metric_evidence/* prepareSeries */.vz)({ ...input, readEnd: Math.min(input.readEnd ?? Infinity, now.getTime() - input.periodSeconds * 1000) });
        const { spec, values, timestamps } = series;
        const n = values.length;
        if (n < 4)
            return [];
        const stepMs = series.stepSeconds * 1000;
        const sustainedMs = thresholds.sustained_minutes * 60_000;
        const run = unusualRuns(timestamps, values, series.stepSeconds, 'down').at(-1);
        if (!run || run.end < n - 2 || run.end < series.windowIndex)
            return [];
        let start = run.start;
        const usual = (0,order_statistics/* median */.JZ)(values.slice(0, start));
        if (!(usual / (series.stepSeconds / 60) >= thresholds.min_usual_per_minute))
            return [];
        const share = (usual * thresholds.max_share_percent) / 100;
        // The drop itself may have begun a little before the engine was sure of it.
        while (start > 0 && values[start - 1] <= share)
            start -= 1;
        if (timestamps[n - 1] - timestamps[start] + stepMs < sustainedMs)
            return [];
        const current = (0,order_statistics/* median */.JZ)(values.filter((_, i) => timestamps[i] > timestamps[n - 1] - sustainedMs));
        if (current > share)
            return [];
        return [
            {
                severity: 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: `${spec.label} fell to ${Math.round((current / usual) * 100)}% of the usual level`,
                evidence: [
                    { label: 'usual (before the drop)', value: `${(0,metric_units/* formatValue */.F)(usual, 'count')} per ${series.stepSeconds / 60} min` },
                    { label: 'now', value: `${(0,metric_units/* formatValue */.F)(current, 'count')} per ${series.stepSeconds / 60} min` },
                ],
                since: (0,metric_evidence/* iso */.KH)(timestamps[start]),
                nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: check DNS, listeners, security groups and upstream callers since ${(0,metric_evidence/* iso */.KH)(timestamps[start]).slice(0, 16)}Z`,
                series: (0,metric_evidence/* findingSeries */.Bt)(series),
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/detectors/log-evidence.ts
var log_evidence = __nccwpck_require__(4207);
;// CONCATENATED MODULE: ./src/detectors/dms-task-log-errors/detector.ts


/** DMS task log lines at severity E (errors), by component: what broke in a migration, from DMS itself. */
const dmsTaskLogErrors = {
    id: 'dms_task_log_errors',
    cause: 'errors',
    title: 'DMS task logged errors',
    description: 'A DMS task logged errors (]E: lines) in the recent window; the finding names the components and messages.',
    kinds: ['dms'],
    thresholds: {
        min_count: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 1, description: 'Error lines needed in the recent window.' },
    },
    detect(input) {
        const { digest, thresholds, view } = input;
        const { baselineHours, recentHours } = view;
        const counts = view.signatures.filter((c) => (c.signature.level === 'error' || c.signature.level === 'fatal') && c.recent > 0).sort((a, b) => b.recent - a.recent);
        const recent = counts.reduce((n, c) => n + c.recent, 0);
        if (counts.length === 0 || recent < thresholds.min_count)
            return [];
        const baseline = counts.reduce((n, c) => n + c.baseline, 0);
        const errors = counts.map((c) => c.signature);
        const components = [...new Set(errors.map((s) => s.category).filter(Boolean))];
        const top = errors[0];
        return [
            {
                key: 'errors',
                severity: 'high',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${recent} DMS error line${recent > 1 ? 's' : ''} in ${(0,log_evidence/* hoursText */.DI)(recentHours)}${components.length > 0 ? ` (${components.join(', ')})` : ''}`,
                evidence: [
                    { label: 'top', value: top.title },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${baseline}` },
                    ...(errors.length > 1
                        ? [
                            {
                                label: 'also',
                                value: errors
                                    .slice(1, 4)
                                    .map((s) => s.title)
                                    .join('; '),
                            },
                        ]
                        : []),
                ],
                since: new Date(Math.min(...errors.map((s) => s.firstSeen))).toISOString(),
                nextStep: 'TARGET_* errors: check the target endpoint (permissions, constraints, space). SOURCE_*: the source endpoint and its log retention. Then reload the failed tables.',
                series: (0,log_evidence/* countSeries */.T5)(digest, (0,log_evidence/* summedBins */.Q9)(errors), 'DMS error lines'),
                logs: { ...(0,log_evidence/* signatureLogs */.iR)(input, counts[0]), recent, baseline },
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/log-error-rate-spike/detector.ts


/**
 * More of a service's log lines are errors than before: judged as a share of all its lines, so a
 * traffic surge with a steady error share is not a spike. The finding names the signatures that
 * rose. Without a service-wide rise, a single existing signature that jumps is reported on its own.
 */
const logErrorRateSpike = {
    id: 'log_error_rate_spike',
    cause: 'errors',
    title: 'Error rate in logs spiked',
    description: "The share of a service's log lines that are errors rose well above its own baseline, or one known error signature jumped.",
    kinds: ['application'],
    thresholds: {
        factor: { spec: (0,schema/* number */.ai)(1, 1000), default: 3, description: 'Report when the recent error share is this many times the baseline share.' },
        min_errors: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 20, description: 'Error lines needed in the recent window.' },
        min_error_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 1, description: 'Recent error share (percent of all lines) needed.' },
        signature_factor: { spec: (0,schema/* number */.ai)(1, 1000), default: 5, description: 'A signature rose when its recent rate is this many times its baseline rate.' },
        min_signature_count: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 10, description: 'Occurrences a rising signature needs in the recent window.' },
    },
    detect(input) {
        const { digest, recentFromBin, thresholds, view } = input;
        const { baselineHours, recentHours } = view;
        const total = digest.counts.total;
        const errors = digest.counts.errors;
        if (!total || !errors || baselineHours <= 0 || recentHours <= 0)
            return [];
        const t = (0,log_evidence/* split */.lD)(total, digest, recentFromBin);
        const e = (0,log_evidence/* split */.lD)(errors, digest, recentFromBin);
        if (t.baseline === 0 || t.recent === 0)
            return [];
        const recentShare = e.recent / t.recent;
        const baselineShare = e.baseline / t.baseline;
        const rising = view.signatures
            .filter((c) => (0,log_evidence/* isRising */.Xy)(c, view, thresholds.signature_factor, thresholds.min_signature_count))
            // Most frequent first; an exception before a plain line on a tie (it says more).
            .sort((a, b) => b.recent - a.recent || (a.signature.kind === 'trace' ? -1 : 0) - (b.signature.kind === 'trace' ? -1 : 0));
        const risingText = (limit) => rising
            .slice(0, limit)
            .map((c) => `${c.signature.title}: ${c.recent} in ${(0,log_evidence/* hoursText */.DI)(recentHours)} (${c.baseline === 0 ? 'new' : `before ${(0,log_evidence/* perHour */._V)(c.baseline, baselineHours)}`})`)
            .join('; ');
        const spiked = e.recent >= thresholds.min_errors && recentShare * 100 >= thresholds.min_error_percent && recentShare >= thresholds.factor * Math.max(baselineShare, 1 / t.baseline);
        if (spiked) {
            const share = (i) => (total[i] > 0 ? errors[i] / total[i] : 0);
            const start = (0,log_evidence/* runStart */.cM)(errors, recentFromBin, (_, i) => share(i) >= thresholds.factor * baselineShare && errors[i] > 0);
            const top = rising[0] ?? view.signatures.find((c) => c.recent > 0);
            const draft = {
                key: 'rate',
                severity: recentShare >= 0.1 ? 'high' : 'medium',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${pct(recentShare)} of log lines are errors, up from ${pct(baselineShare)}`,
                evidence: [
                    { label: `last ${(0,log_evidence/* hoursText */.DI)(recentHours)}`, value: `${e.recent} error lines of ${t.recent} (${pct(recentShare)})` },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${e.baseline} error lines of ${t.baseline} (${pct(baselineShare)})` },
                    ...(rising.length > 0 ? [{ label: 'rising', value: risingText(3) }] : []),
                ],
                since: (0,log_evidence/* binTime */.ZR)(digest, start),
                nextStep: `Read ${digest.source.logGroup} from ${(0,log_evidence/* binTime */.ZR)(digest, start).slice(0, 16)}Z${top ? `, starting with "${top.signature.title}"` : ''}; check what was deployed or changed then.`,
                series: (0,log_evidence/* countSeries */.T5)(digest, errors, 'error lines'),
                ...(top ? { logs: { ...(0,log_evidence/* signatureLogs */.iR)(input, top), recent: e.recent, baseline: e.baseline } } : {}),
            };
            return [draft];
        }
        // No service-wide rise: a known signature that jumped still deserves a line (new ones are log_new_signature's).
        return rising
            .filter((c) => c.baseline > 0)
            .slice(0, 3)
            .map((c) => {
            const s = c.signature;
            const factor = c.recent / recentHours / (c.baseline / baselineHours);
            return {
                key: `signature:${s.key}`,
                severity: 'medium',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: "${s.title}" is ${Math.round(factor)}x as frequent as before`,
                evidence: [
                    { label: `last ${(0,log_evidence/* hoursText */.DI)(recentHours)}`, value: `${c.recent} (${(0,log_evidence/* perHour */._V)(c.recent, recentHours)})` },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${c.baseline} (${(0,log_evidence/* perHour */._V)(c.baseline, baselineHours)})` },
                ],
                since: (0,log_evidence/* binTime */.ZR)(digest, (0,log_evidence/* runStart */.cM)(s.bins, recentFromBin, (v) => v > 0)),
                nextStep: `Read the example below and ${digest.source.logGroup} around the first recent occurrence.`,
                series: (0,log_evidence/* countSeries */.T5)(digest, s.bins, 'occurrences'),
                logs: (0,log_evidence/* signatureLogs */.iR)(input, c),
            };
        });
    },
};
function pct(share) {
    const p = share * 100;
    return `${p >= 10 ? Math.round(p) : p >= 1 ? p.toFixed(1) : p.toFixed(2)}%`;
}

;// CONCATENATED MODULE: ./src/detectors/log-http-errors/detector.ts


/**
 * HTTP 5xx (and, at a higher bar, 4xx) responses in request logs, as a share of all requests the
 * logs record: ALB access logs shipped to CloudWatch, or an application's own access lines.
 */
const logHttpErrors = {
    id: 'log_http_errors',
    cause: 'errors',
    title: 'HTTP errors in request logs',
    description: 'The share of logged requests answered 5xx (or 4xx) rose above its baseline.',
    kinds: ['application', 'alb-access'],
    thresholds: {
        factor: { spec: (0,schema/* number */.ai)(1, 1000), default: 3, description: 'Recent error share must be this many times the baseline share.' },
        min_count: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 20, description: 'Error responses needed in the recent window.' },
        min_5xx_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 2, description: 'Recent 5xx share (percent of requests) needed.' },
        min_4xx_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 25, description: 'Recent 4xx share needed (4xx are often clients, so the bar is high).' },
    },
    detect(input) {
        const { digest, recentFromBin, thresholds } = input;
        const requests = digest.counts.http_requests;
        if (!requests)
            return [];
        const { baselineHours, recentHours } = input.view;
        const r = (0,log_evidence/* split */.lD)(requests, digest, recentFromBin);
        if (r.recent === 0)
            return [];
        const findings = [];
        for (const [cls, counter, minPercent] of [
            ['5xx', 'http_5xx', thresholds.min_5xx_percent],
            ['4xx', 'http_4xx', thresholds.min_4xx_percent],
        ]) {
            const bins = digest.counts[counter];
            if (!bins)
                continue;
            const c = (0,log_evidence/* split */.lD)(bins, digest, recentFromBin);
            const recentShare = c.recent / r.recent;
            const baselineShare = r.baseline > 0 ? c.baseline / r.baseline : 0;
            if (c.recent < thresholds.min_count || recentShare * 100 < minPercent)
                continue;
            if (r.baseline > 0 && recentShare < thresholds.factor * Math.max(baselineShare, 1 / r.baseline))
                continue;
            const start = (0,log_evidence/* runStart */.cM)(bins, recentFromBin, (v, i) => requests[i] > 0 && v / requests[i] >= thresholds.factor * baselineShare && v > 0);
            const sinceMs = Date.parse((0,log_evidence/* binTime */.ZR)(digest, start));
            const recentErrors = digest.httpErrors.filter((e) => e.timestamp >= sinceMs && String(e.status)[0] === cls[0]);
            findings.push({
                key: cls,
                severity: cls === '5xx' ? (recentShare >= 0.1 ? 'high' : 'medium') : 'low',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${(recentShare * 100).toFixed(1)}% of requests answered ${cls}, up from ${(baselineShare * 100).toFixed(1)}%`,
                evidence: [
                    { label: `last ${(0,log_evidence/* hoursText */.DI)(recentHours)}`, value: `${c.recent} ${cls} of ${r.recent} requests` },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: r.baseline > 0 ? `${c.baseline} ${cls} of ${r.baseline} requests` : 'no requests logged' },
                    ...(recentErrors.length > 0
                        ? [
                            {
                                label: 'top',
                                value: (0,log_evidence/* topCounts */.kb)(recentErrors.map((e) => `${e.status} ${e.method ?? ''} ${e.path ?? '?'}`.replace(/\s+/g, ' ')), 3),
                            },
                        ]
                        : []),
                ],
                since: (0,log_evidence/* binTime */.ZR)(digest, start),
                nextStep: cls === '5xx'
                    ? `Find the failing path above in ${digest.source.logGroup} and the application logs of its target.`
                    : 'Check whether a client, a deploy or a WAF/auth change turned requests away.',
                series: (0,log_evidence/* countSeries */.T5)(digest, bins, `HTTP ${cls}`),
                logs: { logGroup: digest.source.logGroup, recent: c.recent, baseline: c.baseline, recentHours, baselineHours },
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/detectors/log-new-signature/detector.ts



/** An error signature that never appeared in the baseline: a new failure mode, often from a deploy. */
const logNewSignature = {
    id: 'log_new_signature',
    cause: 'errors',
    title: 'New error signature',
    description: 'An error or exception signature appeared in the recent window that the baseline before it never had.',
    kinds: ['application'],
    thresholds: {
        min_count: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 1, description: 'Occurrences a new signature needs in the recent window.' },
        min_baseline_hours: { spec: (0,schema/* number */.ai)(0, 2160), default: 1, description: 'Judge only when the baseline covers at least this many hours of logs.' },
        max_findings: { spec: (0,schema/* integer */.nd)(1, 100), default: 5, description: 'New signatures reported one by one per source; the rest are summed up in one finding.' },
    },
    detect(input) {
        const { digest, recentFromBin, thresholds, view } = input;
        const { baselineHours, recentHours } = view;
        if (baselineHours < thresholds.min_baseline_hours)
            return [];
        // Without any lines in the baseline (a group that just started logging), everything would look new.
        if ((0,log_evidence/* split */.lD)(digest.counts.total, digest, recentFromBin).baseline === 0)
            return [];
        const fresh = view.signatures
            .filter((c) => c.baseline === 0 && c.recent >= thresholds.min_count)
            .map((c) => ({ s: c.signature, c }))
            .sort((a, b) => rank(a.s) - rank(b.s) || b.c.recent - a.c.recent);
        const listed = fresh.slice(0, thresholds.max_findings);
        const findings = listed.map(({ s, c }) => ({
            key: `signature:${s.key}`,
            severity: s.level === 'fatal' || s.kind === 'trace' || c.recent >= 50 ? 'high' : 'medium',
            resource: (0,log_evidence/* findingResource */.it)(input),
            title: `${(0,log_evidence/* owner */.eC)(input)}: new ${s.kind === 'trace' ? 'exception' : 'error'} "${s.title}" (${c.recent} in ${(0,log_evidence/* hoursText */.DI)(recentHours)})`,
            evidence: [
                { label: 'first seen', value: (0,metric_evidence/* iso */.KH)(s.firstSeen) },
                { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: 'never' },
            ],
            since: (0,metric_evidence/* iso */.KH)(s.firstSeen),
            nextStep: `A new failure mode: compare with the deploys and config changes around ${(0,metric_evidence/* iso */.KH)(s.firstSeen).slice(0, 16)}Z.`,
            series: (0,log_evidence/* countSeries */.T5)(digest, s.bins, 'occurrences'),
            logs: (0,log_evidence/* signatureLogs */.iR)(input, c),
        }));
        const rest = fresh.slice(listed.length);
        if (rest.length > 0) {
            findings.push({
                key: 'signature:more',
                severity: 'low',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${rest.length} more new error signatures`,
                evidence: [
                    {
                        label: 'also new',
                        value: rest
                            .slice(0, 5)
                            .map(({ s, c }) => `${s.title} (${c.recent})`)
                            .join('; '),
                    },
                ],
                since: (0,metric_evidence/* iso */.KH)(Math.min(...rest.map(({ s }) => s.firstSeen))),
            });
        }
        return findings;
    },
};
// Crashes and exceptions before plain error lines.
function rank(s) {
    return s.level === 'fatal' ? 0 : s.kind === 'trace' ? 1 : 2;
}

// EXTERNAL MODULE: ./src/collectors/resource-filter.ts
var resource_filter = __nccwpck_require__(7569);
;// CONCATENATED MODULE: ./src/telemetry/logs/log-types.ts
// The contract between log discovery, the two query engines (Logs Insights and FilterLogEvents)
// and the pure log analysis. Engines read; analysis never calls AWS.
/** How a log group's lines are written, which decides the parser. */
const LOG_KINDS = ['application', 'rds-postgresql', 'rds-mysql', 'dms', 'waf', 'alb-access'];

// EXTERNAL MODULE: ./src/telemetry/logs/log-counters.ts
var log_counters = __nccwpck_require__(5319);
;// CONCATENATED MODULE: ./src/detectors/log-pattern-match/detector.ts




/** The user's own patterns (`[log_pattern:NAME]` sections), each with its own severity and minimum count. */
const logPatternMatch = {
    id: 'log_pattern_match',
    cause: null,
    title: 'Configured log pattern matched',
    description: 'Lines matching a [log_pattern:NAME] regex from config.ini appeared in the recent window at least min_count times.',
    kinds: LOG_KINDS,
    thresholds: {},
    detect(input) {
        const { digest, recentFromBin, patterns } = input;
        const { baselineHours, recentHours } = input.view;
        const findings = [];
        for (const pattern of patterns) {
            if (pattern.logGroups.length > 0 && !pattern.logGroups.some((g) => (0,resource_filter/* globToRegExp */.tL)(g).test(digest.source.logGroup)))
                continue;
            const bins = digest.counts[(0,log_counters/* patternCounterId */.a1)(pattern.name)];
            if (!bins)
                continue;
            const c = (0,log_evidence/* split */.lD)(bins, digest, recentFromBin);
            if (c.recent < pattern.minCount)
                continue;
            const example = digest.examples[(0,log_counters/* patternCounterId */.a1)(pattern.name)];
            findings.push({
                key: `pattern:${pattern.name}`,
                severity: pattern.severity,
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: pattern "${pattern.name}" matched ${c.recent} time${c.recent > 1 ? 's' : ''} in ${(0,log_evidence/* hoursText */.DI)(recentHours)}`,
                evidence: [
                    { label: 'regex', value: `/${pattern.regex}/${pattern.ignoreCase ? 'i' : ''}` },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${c.baseline}` },
                ],
                since: (0,log_evidence/* binTime */.ZR)(digest, (0,log_evidence/* firstBinWith */.o_)(bins, recentFromBin) ?? recentFromBin),
                series: (0,log_evidence/* countSeries */.T5)(digest, bins, 'matching lines'),
                logs: { logGroup: digest.source.logGroup, recent: c.recent, baseline: c.baseline, recentHours, baselineHours, ...(example ? { example } : {}) },
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/detectors/log-recurring-errors/detector.ts


/**
 * Errors that were there before and are there now at about the same rate: known background noise,
 * listed quietly (info) so a reader knows they exist without mistaking them for what just broke.
 */
const logRecurringErrors = {
    id: 'log_recurring_errors',
    cause: null,
    title: 'Recurring errors (steady)',
    description: 'Error signatures present in both the baseline and the recent window at a steady rate; reported as info, never as an anomaly.',
    kinds: ['application'],
    thresholds: {
        max_listed: { spec: (0,schema/* integer */.nd)(1, 50), default: 5, description: 'Signatures listed in the one finding per source.' },
        signature_factor: {
            spec: (0,schema/* number */.ai)(1, 1000),
            default: 5,
            description: 'A signature at this many times its baseline rate is rising, not steady (keep equal to log_error_rate_spike).',
        },
    },
    detect(input) {
        const { digest, thresholds, view } = input;
        const { baselineHours, recentHours } = view;
        const steady = view.signatures
            .filter((c) => c.baseline > 0 && c.recent > 0 && !(0,log_evidence/* isRising */.Xy)(c, view, thresholds.signature_factor, 1))
            .map((c) => ({ s: c.signature, c }))
            .sort((a, b) => b.c.recent + b.c.baseline - (a.c.recent + a.c.baseline));
        if (steady.length === 0)
            return [];
        return [
            {
                key: 'recurring',
                severity: 'info',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${steady.length} recurring error signature${steady.length > 1 ? 's' : ''} at a steady rate`,
                evidence: steady.slice(0, thresholds.max_listed).map(({ s, c }) => ({
                    label: `${(0,log_evidence/* perHour */._V)(c.recent, recentHours)} now, ${(0,log_evidence/* perHour */._V)(c.baseline, baselineHours)} before`,
                    value: s.title,
                })),
                nextStep: `Known noise in ${digest.source.logGroup} over ${(0,log_evidence/* hoursText */.DI)(baselineHours + recentHours)}: fix or silence it so new problems stand out.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-log-errors/detector.ts


const CATEGORY = {
    corruption: {
        severity: 'critical',
        what: 'data corruption errors',
        next: 'Stop and read the database log now; restore from a snapshot may be needed. Open an AWS support case.',
    },
    connection: {
        severity: 'high',
        what: 'connection errors',
        next: 'Compare connections with max_connections (DatabaseConnections metric); look for a pool leak or a client surge; consider RDS Proxy.',
    },
    resource: { severity: 'high', what: 'resource exhaustion errors', next: 'Check FreeableMemory, FreeStorageSpace and temp file usage at the times above.' },
    auth: { severity: 'medium', what: 'authentication failures', next: 'A client is using a wrong or rotated password: find it by the user and host in the example.' },
    fatal: { severity: 'medium', what: 'fatal errors', next: 'Read the example and the log around it.' },
};
/** FATAL/PANIC lines and connection, resource, corruption and authentication errors in RDS logs. */
const rdsLogErrors = {
    id: 'rds_log_errors',
    cause: 'errors',
    title: 'Database errors in RDS logs',
    description: 'PostgreSQL or MySQL logged fatal errors, refused connections, ran out of a resource, or reported corruption in the recent window.',
    kinds: ['rds-postgresql', 'rds-mysql'],
    thresholds: {
        min_count: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 1, description: 'Occurrences needed in the recent window.' },
    },
    detect(input) {
        const { digest, thresholds, view } = input;
        const { baselineHours, recentHours } = view;
        const byCategory = new Map();
        for (const c of view.signatures) {
            const s = c.signature;
            const category = s.category && CATEGORY[s.category] ? s.category : s.level === 'fatal' ? 'fatal' : undefined;
            if (!category || c.recent === 0)
                continue;
            const list = byCategory.get(category);
            if (list)
                list.push(c);
            else
                byCategory.set(category, [c]);
        }
        const findings = [];
        for (const [category, counts] of byCategory) {
            const recent = counts.reduce((n, c) => n + c.recent, 0);
            const baseline = counts.reduce((n, c) => n + c.baseline, 0);
            if (recent < thresholds.min_count)
                continue;
            const meta = CATEGORY[category];
            counts.sort((a, b) => b.recent - a.recent);
            const top = counts[0];
            const signatures = counts.map((c) => c.signature);
            const first = Math.min(...signatures.map((s) => s.firstSeen));
            findings.push({
                key: category,
                severity: top.signature.level === 'fatal' && /PANIC/.test(top.signature.example) ? 'critical' : meta.severity,
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${recent} ${meta.what} in ${(0,log_evidence/* hoursText */.DI)(recentHours)}${baseline === 0 ? ' (none before)' : ''}`,
                evidence: [
                    { label: 'top', value: top.signature.title },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${baseline}` },
                    ...(signatures.length > 1
                        ? [
                            {
                                label: 'also',
                                value: signatures
                                    .slice(1, 4)
                                    .map((s) => s.title)
                                    .join('; '),
                            },
                        ]
                        : []),
                ],
                since: new Date(baseline === 0 ? first : Math.min(...signatures.map((s) => s.lastSeen))).toISOString(),
                nextStep: meta.next,
                series: (0,log_evidence/* countSeries */.T5)(digest, (0,log_evidence/* summedBins */.Q9)(signatures), meta.what),
                logs: { ...(0,log_evidence/* signatureLogs */.iR)(input, top), recent, baseline },
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/detectors/waf-block-spike/detector.ts


/**
 * A surge of requests blocked by a web ACL: an attack being stopped, or a rule that started
 * turning away real users. The rules, sources and paths behind it tell which.
 */
const wafBlockSpike = {
    id: 'waf_block_spike',
    cause: 'security',
    title: 'WAF block surge',
    description: 'A web ACL blocked requests at many times its usual rate; the finding names the rules, client IPs and paths.',
    kinds: ['waf'],
    thresholds: {
        factor: { spec: (0,schema/* number */.ai)(1, 10_000), default: 5, description: 'Recent block rate must be this many times the baseline rate.' },
        min_blocks: { spec: (0,schema/* integer */.nd)(1, 10_000_000), default: 100, description: 'Blocked requests needed in the recent window.' },
    },
    detect(input) {
        const { digest, recentFromBin, thresholds } = input;
        const blocks = digest.counts.waf_block;
        if (!blocks)
            return [];
        const { baselineHours, recentHours } = input.view;
        const c = (0,log_evidence/* split */.lD)(blocks, digest, recentFromBin);
        if (c.recent < thresholds.min_blocks || recentHours <= 0)
            return [];
        const baselineRate = baselineHours > 0 ? Math.max(c.baseline, 1) / baselineHours : 0;
        const recentRate = c.recent / recentHours;
        if (baselineHours > 0 && recentRate < thresholds.factor * baselineRate)
            return [];
        const perBin = baselineRate * (digest.binSeconds / 3600);
        const start = (0,log_evidence/* runStart */.cM)(blocks, recentFromBin, (v) => v >= thresholds.factor * perBin && v > 0);
        const sinceMs = Date.parse((0,log_evidence/* binTime */.ZR)(digest, start));
        const recent = digest.wafBlocks.filter((b) => b.timestamp >= sinceMs);
        return [
            {
                key: 'blocks',
                severity: 'medium',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${c.recent} requests blocked in ${(0,log_evidence/* hoursText */.DI)(recentHours)}, ${baselineRate > 0 ? `${Math.round(recentRate / baselineRate)}x the usual rate` : 'none before'}`,
                evidence: [
                    { label: `last ${(0,log_evidence/* hoursText */.DI)(recentHours)}`, value: `${c.recent} blocked (${(0,log_evidence/* perHour */._V)(c.recent, recentHours)})` },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${c.baseline} blocked (${(0,log_evidence/* perHour */._V)(c.baseline, baselineHours)})` },
                    ...(recent.length > 0
                        ? [
                            {
                                label: 'rules',
                                value: (0,log_evidence/* topCounts */.kb)(recent.map((b) => b.rule), 3),
                            },
                            {
                                label: 'sources',
                                value: (0,log_evidence/* topCounts */.kb)(recent.map((b) => `${b.clientIp ?? '?'}${b.country ? ` (${b.country})` : ''}`), 3),
                            },
                            {
                                label: 'paths',
                                value: (0,log_evidence/* topCounts */.kb)(recent.map((b) => b.uri ?? '?'), 3),
                            },
                        ]
                        : []),
                    ...(digest.sampled ? [{ label: 'note', value: 'rules, sources and paths are from a sample of the blocked requests' }] : []),
                ],
                since: (0,log_evidence/* binTime */.ZR)(digest, start),
                nextStep: 'Few sources and one rule: likely an attack the ACL is stopping. Many sources on normal paths: a rule may be blocking real users (check recent rule changes).',
                series: (0,log_evidence/* countSeries */.T5)(digest, blocks, 'blocked requests'),
                logs: { logGroup: digest.source.logGroup, recent: c.recent, baseline: c.baseline, recentHours, baselineHours },
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/waf-logging-disabled/detector.ts

const wafLoggingDisabled = {
    id: 'waf_logging_disabled',
    cause: null,
    title: 'WAF web ACL without logging',
    description: 'Without a logging configuration no one can see which requests the web ACL blocked, and the log checks cannot read them.',
    resourceTypes: ['wafv2:web-acl'],
    thresholds: {},
    detect({ resource }) {
        if (resource.attributes.loggingEnabled !== false || resource.attributes.associatedLoadBalancers === 0)
            return [];
        return [
            {
                severity: 'low',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'logging is off: blocked requests cannot be seen or checked',
                evidence: [{ label: 'protects', value: resource.attributes.loadBalancers ? resource.attributes.loadBalancers.join(', ') || 'none' : 'unknown (see coverage)' }],
                nextStep: `\`aws wafv2 put-logging-configuration --logging-configuration ResourceArn=${resource.arn ?? resource.id},LogDestinationConfigs=<arn of a log group named aws-waf-logs-...>\``,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/waf-web-acl-unassociated/detector.ts

const wafWebAclUnassociated = {
    id: 'waf_web_acl_unassociated',
    cause: null,
    title: 'WAF web ACL protecting nothing',
    description: 'A regional web ACL associated with no load balancer: possibly a protection someone believes is on.',
    resourceTypes: ['wafv2:web-acl'],
    thresholds: {},
    detect({ resource }) {
        if (resource.attributes.associatedLoadBalancers !== 0)
            return [];
        return [
            {
                severity: 'info',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'web ACL is associated with no load balancer',
                evidence: [{ label: 'associated load balancers', value: '0' }],
                nextStep: `\`aws wafv2 associate-web-acl --web-acl-arn ${resource.arn ?? resource.id} --resource-arn <load balancer arn>\`, or delete the ACL`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/registry.ts
// Every detector, keyed by its stable id. Adding one: a folder with detector.ts and one line here.
































const RESOURCE_STATE_DETECTORS = [
    ecsServiceTasksBelowDesired,
    ecsDeploymentFailed,
    ecsServiceEvents,
    cloudformationStackUnhealthy,
    ecsContainerInsightsDisabled,
    ecsTasksStoppedAbnormally,
    cloudformationStackDrifted,
    rdsUnhealthy,
    rdsFailureEvents,
    rdsPendingMaintenance,
    rdsNotMultiAz,
    opensearchDomainState,
    dmsTaskFailed,
    dmsTableErrors,
    elbLoadBalancerImpaired,
    elbUnhealthyTargets,
    wafLoggingDisabled,
    wafWebAclUnassociated,
    elasticacheUnavailable,
];
const METRIC_DETECTORS = [metricThresholdBreach, metricErrorRateSpike, metricLatencyDegradation, metricCapacityExhaustion, metricTrafficDrop];
const LOG_DETECTORS = [
    logErrorRateSpike,
    logNewSignature,
    logRecurringErrors,
    logHttpErrors,
    wafBlockSpike,
    rdsLogErrors,
    dmsTaskLogErrors,
    logPatternMatch,
];
function detectorCatalog() {
    return [...RESOURCE_STATE_DETECTORS, ...METRIC_DETECTORS, ...LOG_DETECTORS].map((detector) => ({ id: detector.id, thresholds: detector.thresholds }));
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ConfigError),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
// Errors a user can act on. Adapters print their message (never a stack) and exit 2.
class UserError extends Error {
    name = 'UserError';
}
class ConfigError extends UserError {
    problems;
    name = 'ConfigError';
    constructor(problems) {
        super(problems.length === 1
            ? `invalid configuration: ${problems[0].where}: ${problems[0].message}`
            : `invalid configuration (${problems.length} problems):\n` + problems.map((p) => `  - ${p.where}: ${p.message}`).join('\n'));
        this.problems = problems;
    }
}


/***/ }),

/***/ 9350:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I5: () => (/* binding */ metricSamples),
/* harmony export */   Jt: () => (/* binding */ logErrorSample),
/* harmony export */   OV: () => (/* binding */ GATE_METRIC_IDS),
/* harmony export */   YK: () => (/* binding */ newSignatures),
/* harmony export */   n6: () => (/* binding */ GATE_CATALOG_IDS),
/* harmony export */   qO: () => (/* binding */ GATE_PERIOD_SECONDS),
/* harmony export */   s_: () => (/* binding */ planGateWindows),
/* harmony export */   yi: () => (/* binding */ DEFAULT_CRITICAL_METRICS)
/* harmony export */ });
/* unused harmony exports GATE_METRICS, logsBeforeDeploy */
/* harmony import */ var _telemetry_metrics_metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(191);
// Pure: which windows a post-deploy gate compares, which metrics it reads, and how the series and
// log counts of one ECS service become the samples the judge tests.

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60 * MINUTE;
/** One point a minute: CloudWatch's finest standard resolution, kept for 15 days (so a week back is there too). */
const GATE_PERIOD_SECONDS = 60;
/** Windows aligned to whole minutes; `after` grows with time until it is as long as `before`. */
function planGateWindows(deploy, now, windowMs) {
    const floor = (ms) => Math.floor(ms / MINUTE) * MINUTE;
    const deployMs = floor(deploy.getTime());
    const afterTo = Math.max(deployMs, Math.min(deployMs + windowMs, floor(now.getTime())));
    return {
        deploy: new Date(deployMs),
        before: { from: new Date(deployMs - windowMs), to: new Date(deployMs) },
        after: { from: new Date(deployMs), to: new Date(afterTo) },
        weekBefore: { from: new Date(deployMs - WEEK), to: new Date(afterTo - WEEK) },
    };
}
/**
 * What a deploy can break, judged on the service's own target group and tasks. Critical (fails the
 * gate alone): the 5xx rate and p99 latency. The floors keep harmless moves from failing a deploy.
 */
const GATE_METRICS = [
    { id: 'target_5xx_rate', label: 'target 5xx rate', unit: 'percent', bad: 'up', critical: true, minChange: 0.5, reads: ['tg_target_5xx', 'tg_requests'], rate: true },
    { id: 'response_time_p99', label: 'response time p99', unit: 'seconds', bad: 'up', critical: true, minChange: 0.05, reads: ['tg_response_time_p99'] },
    { id: 'response_time', label: 'response time (average)', unit: 'seconds', bad: 'up', critical: false, minChange: 0.02, reads: ['tg_response_time'] },
    { id: 'target_4xx_rate', label: 'target 4xx rate', unit: 'percent', bad: 'up', critical: false, minChange: 1, reads: ['tg_target_4xx', 'tg_requests'], rate: true },
    { id: 'requests', label: 'requests', unit: 'count', bad: 'down', critical: false, reads: ['tg_requests'] },
    { id: 'cpu', label: 'CPU utilization', unit: 'percent', bad: 'up', critical: false, minChange: 5, reads: ['ecs_cpu'] },
    { id: 'memory', label: 'memory utilization', unit: 'percent', bad: 'up', critical: false, minChange: 5, reads: ['ecs_memory'] },
];
/** Every metric id the gate can judge, the log's included: what `[gate] critical_metrics` may name. */
const GATE_METRIC_IDS = [...GATE_METRICS.map((m) => m.id), 'log_error_lines'];
/** Critical unless configured otherwise: the 5xx rate and p99 latency. */
const DEFAULT_CRITICAL_METRICS = GATE_METRICS.filter((m) => m.critical).map((m) => m.id);
/** The catalog metrics the gate needs, for the planner. */
const GATE_CATALOG_IDS = [...new Set(GATE_METRICS.flatMap((m) => m.reads))];
/** Values per minute in [span.from, span.to), by timestamp; minutes without a point are absent. */
function byMinute(series) {
    const values = new Map();
    if (!series)
        return values;
    series.timestamps.forEach((t, i) => values.set(t, series.values[i]));
    return values;
}
function minutes(span) {
    const out = [];
    for (let t = span.from.getTime(); t < span.to.getTime(); t += MINUTE)
        out.push(t);
    return out;
}
/**
 * One metric's points in a span. A rate is NaN for a minute without requests (the judge drops it:
 * no traffic is not a good minute); a missing 5xx/4xx count with requests is 0, because the load
 * balancer publishes those counts only when there are some.
 */
function pointsIn(metric, span, series) {
    const [first, second] = metric.reads.map((id) => byMinute(series.get(id)));
    return minutes(span).flatMap((t) => {
        if (metric.rate) {
            const requests = second.get(t);
            if (requests === undefined || requests <= 0)
                return [Number.NaN];
            return [(100 * (first.get(t) ?? 0)) / requests];
        }
        const value = first.get(t);
        return value === undefined ? [] : [value];
    });
}
const TARGET_GROUP_SPECS = new Set(_telemetry_metrics_metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_CATALOG */ .By.filter((spec) => spec.resourceType === 'elbv2:target-group').map((spec) => spec.id));
const readsTargetGroup = (metric) => metric.reads.some((id) => TARGET_GROUP_SPECS.has(id));
/**
 * The judge's samples from the fetched series, one set per window: every metric the service should
 * have, with or without data (a metric it should have and that has no points is "no data", never
 * left out, so it counts against the share judged). Load-balancer metrics only for a service behind
 * target groups, once per group, named after it ("target 5xx rate (api-internal)"): a deploy that
 * breaks the paths of one group is not averaged away by the traffic of another.
 */
function metricSamples(windows, around, week, critical = new Set(DEFAULT_CRITICAL_METRICS)) {
    const groups = around.targetGroups;
    return GATE_METRICS.filter((metric) => groups.length > 0 || !readsTargetGroup(metric)).flatMap((metric) => {
        const scopes = readsTargetGroup(metric)
            ? groups.map((group, i) => ({ suffix: groups.length > 1 ? group.id : '', series: group.series, weekSeries: week?.targetGroups[i]?.series }))
            : [{ suffix: '', series: around.service, weekSeries: week?.service }];
        return scopes.map(({ suffix, series, weekSeries }) => {
            const weekPoints = weekSeries ? pointsIn(metric, windows.weekBefore, weekSeries) : [];
            return {
                id: suffix ? `${metric.id}:${suffix}` : metric.id,
                label: suffix ? `${metric.label} (${suffix})` : metric.label,
                unit: metric.unit,
                bad: metric.bad,
                critical: critical.has(metric.id),
                ...(metric.minChange !== undefined ? { minChange: metric.minChange } : {}),
                before: pointsIn(metric, windows.before, series),
                after: pointsIn(metric, windows.after, series),
                ...(weekPoints.length > 0 ? { weekBefore: weekPoints } : {}),
            };
        });
    });
}
/**
 * Error lines per minute from the service's logs, before and after (digests binned by the minute
 * from before.from). A window in which the logs hold no line at all has no data, not zero errors:
 * a service that stopped logging, or logs not yet delivered, must not read as "no errors".
 */
function logErrorSample(windows, digests, critical = false) {
    if (digests.length === 0)
        return undefined;
    const deployBin = Math.round((windows.deploy.getTime() - windows.before.from.getTime()) / MINUTE);
    const afterBins = Math.round((windows.after.to.getTime() - windows.after.from.getTime()) / MINUTE);
    const sum = (counter, bin) => digests.reduce((n, d) => n + (d.counts[counter]?.[bin] ?? 0), 0);
    const range = (from, count) => {
        const bins = Array.from({ length: Math.max(0, count) }, (_, i) => from + i);
        return bins.some((bin) => sum('total', bin) > 0) ? bins.map((bin) => sum('errors', bin)) : [];
    };
    // Floor: half a line a minute (30 an hour), so 2 lines an hour becoming 4 does not fail a deploy.
    return {
        id: 'log_error_lines',
        label: 'error lines per minute',
        unit: 'count/min',
        bad: 'up',
        critical,
        minChange: 0.5,
        before: range(0, deployBin),
        after: range(deployBin, afterBins),
    };
}
/** Whether the logs hold any line before the deploy: without them, nothing after it can be called new. */
function logsBeforeDeploy(windows, digests) {
    const deployBin = Math.round((windows.deploy.getTime() - windows.before.from.getTime()) / MINUTE);
    return digests.some((d) => (d.counts.total ?? []).slice(0, deployBin).some((n) => n > 0));
}
/**
 * Error signatures that first appear after the deploy and never before it in the window, seen at
 * least `minCount` times (one stray line is not a new failure mode). None when the logs are empty
 * before the deploy: every signature would look new.
 */
function newSignatures(windows, digests, minCount) {
    if (!logsBeforeDeploy(windows, digests))
        return [];
    const deployBin = Math.round((windows.deploy.getTime() - windows.before.from.getTime()) / MINUTE);
    const found = [];
    for (const digest of digests) {
        for (const s of digest.signatures) {
            const before = s.bins.slice(0, deployBin).reduce((a, b) => a + b, 0);
            const after = s.bins.slice(deployBin).reduce((a, b) => a + b, 0);
            if (before === 0 && after >= minCount && (s.level === 'error' || s.level === 'fatal' || s.kind === 'trace')) {
                found.push({ signature: s.title, count: after, firstSeen: new Date(s.firstSeen).toISOString() });
            }
        }
    }
    return found.sort((a, b) => b.count - a.count || a.signature.localeCompare(b.signature));
}


/***/ }),

/***/ 8418:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ formatValue)
/* harmony export */ });
// Metric values in their unit, as every output shows them: 97%, 250 ms, 1.5 GiB/s.
const UNITS = {
    percent: (v) => `${round(v)}%`,
    count: (v) => round(v),
    seconds: (v) => (v < 1 ? `${round(v * 1000)} ms` : `${round(v)} s`),
    milliseconds: (v) => (v < 1000 ? `${round(v)} ms` : `${round(v / 1000)} s`),
    bytes: (v) => bytes(v),
    megabytes: (v) => bytes(v * 1024 * 1024),
    'bytes/second': (v) => `${bytes(v)}/s`,
};
/** A value in its unit; a unit not listed (a report from a newer version) shows the rounded number. */
function formatValue(value, unit) {
    return (UNITS[unit] ?? round)(value);
}
function round(v) {
    const abs = Math.abs(v);
    const digits = abs >= 100 || Number.isInteger(v) ? 0 : abs >= 10 ? 1 : 2;
    return v.toFixed(digits);
}
function bytes(v) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = v;
    let i = 0;
    while (Math.abs(value) >= 1024 && i < units.length - 1) {
        value /= 1024;
        i += 1;
    }
    return `${round(value)} ${units[i]}`;
}


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ refOf),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   du: () => (/* binding */ isAtLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/* unused harmony export CAUSES */
// The one Report model. Every output format renders this; nothing else is rendered.
// Bump REPORT_SCHEMA_VERSION on any change a JSON consumer could notice.
const REPORT_SCHEMA_VERSION = 6;
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
/** Lower rank is worse: critical = 0. */
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
function isAtLeast(severity, threshold) {
    return severityRank(severity) <= severityRank(threshold);
}
/** The reference a finding carries: type, id and ARN, without the rest of the resource. */
function refOf(resource) {
    return {
        type: resource.type,
        id: resource.id,
        ...(resource.arn ? { arn: resource.arn } : {}),
        ...(resource.account ? { account: resource.account } : {}),
        ...(resource.region ? { region: resource.region } : {}),
    };
}
/** What a finding is a symptom of; findings on one resource with one cause are merged. */
const CAUSES = (/* unused pure expression or super */ null && (['availability', 'errors', 'latency', 'saturation', 'traffic', 'security']));


/***/ }),

/***/ 804:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ visibleStrings),
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   YC: () => (/* binding */ capBytes)
/* harmony export */ });
/* unused harmony export cutNote */
// Text from AWS and from logs is hostile: before any renderer lays it out, every string of a
// report is made inert and bounded. Control characters (C0, DEL, C1: ESC c resets a terminal,
// CSI moves the cursor and erases lines) and invisible formatting characters (bidi overrides such
// as U+202E, which show `file\u202Efdp.exe` as `fileexe.pdf`; zero-width characters) are shown as
// visible escapes, and every free-text field is cut to a byte cap that says what was cut.
/** What a cut field ends with: the cap is in UTF-8 bytes, as every output stores it. */
function cutNote(bytes) {
    return ` …[cut ${bytes.toLocaleString('en-US')} bytes]`;
}
/** The text, at most `maxBytes` of UTF-8 plus a note of how much was cut (`alreadyCut`: bytes dropped before it came here). */
function capBytes(text, maxBytes, alreadyCut = 0) {
    // Every UTF-16 unit is at most 3 bytes of UTF-8: short text needs no counting.
    if (text.length * 3 <= maxBytes && alreadyCut === 0)
        return text;
    const total = Buffer.byteLength(text, 'utf8');
    if (total <= maxBytes && alreadyCut === 0)
        return text;
    let bytes = 0;
    let end = 0;
    while (end < text.length) {
        const code = text.codePointAt(end);
        const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        end += code >= 0x10000 ? 2 : 1;
    }
    return `${text.slice(0, end)}${cutNote(total - bytes + alreadyCut)}`;
}
// C0 but tab and newline, DEL, C1; then the invisible and direction-changing format characters:
// soft hyphen, Arabic letter mark, the Mongolian vowel separator, zero-width space to RLM,
// line and paragraph separators, embeddings and overrides (LRE..RLO), word joiner to the invisible
// operators, the isolates (LRI..PDI), deprecated format characters, BOM, interlinear annotations,
// and the tag characters.
// eslint-disable-next-line no-control-regex -- these are exactly the characters made visible
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
const HIDDEN_BUT_LINE_BREAKS = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
// eslint-disable-next-line no-control-regex
const HIDDEN_OR_NEWLINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
function escapeOne(char) {
    const code = char.codePointAt(0);
    if (code === 0x0a)
        return '\\n';
    if (code === 0x0d)
        return '\\r';
    if (code <= 0x9f)
        return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}
/**
 * Control and invisible characters as visible escapes (`\x1B`, `<U+202E>`). Line breaks too, unless
 * kept: newlines in a multi-line field (a log example; a lone carriage return would let a line
 * overwrite itself in a terminal), or every line break for an output that renders them inertly
 * (markdown's <br>). A tab is kept (renderers expand it).
 */
function visible(text, keep = 'no line breaks') {
    return text.replace(keep === 'line breaks' ? HIDDEN_BUT_LINE_BREAKS : keep === 'newlines' ? HIDDEN : HIDDEN_OR_NEWLINE, escapeOne);
}
/** Fields that hold several lines by nature: a log example, a stack trace. */
const MULTI_LINE_KEYS = new Set(['example']);
/**
 * A copy of any report-shaped value (scan report, gate report) with every string made visible:
 * what every renderer lays out. Keys are the model's own and left alone. Newlines stay only in
 * multi-line fields, unless the output renders every newline inertly itself (markdown's <br>).
 */
function visibleStrings(value, newlines = 'multi-line fields', key = '') {
    if (typeof value === 'string')
        return visible(value, newlines === 'everywhere' ? 'line breaks' : MULTI_LINE_KEYS.has(key) ? 'newlines' : 'no line breaks');
    if (Array.isArray(value))
        return value.map((item) => visibleStrings(item, newlines, key));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = visibleStrings(v, newlines, k);
        return out;
    }
    return value;
}


/***/ }),

/***/ 9027:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E$: () => (/* binding */ redact)
});

// UNUSED EXPORTS: MARKER_PATTERN, REDACTION_RULES, marker

;// CONCATENATED MODULE: ./src/report/redaction/engine.ts
// Applies the redaction catalogue (rules.ts) to a text: each rule's matches are replaced by a marker
// naming the rule, `[redacted:<id>]`, so a reader knows what was there without seeing it.
//
// Speed: log lines rarely hold a secret, so one pass of a literal-only regex (every rule's keywords)
// decides whether any rule can match; only the rules whose keywords occur then run. Safety: every
// pattern is written to run in linear time (see rules.ts), and markers are never matched again, so
// redacting twice changes nothing.
/** The text that replaces a secret found by the rule with this id. */
function marker(id) {
    return `[redacted:${id}]`;
}
/** Matches a marker, e.g. to measure what redaction added to a text. */
const MARKER_PATTERN = /\[redacted:[a-z0-9-]+\]/g;
function escapeLiteral(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
/** Rejects, at start-up and in tests, a rule the engine could not apply safely. */
function checkRule(rule) {
    const { flags } = rule.pattern;
    if (!flags.includes('g') || !flags.includes('d'))
        throw new Error(`redaction rule ${rule.id}: pattern needs the g and d flags (got "${flags}")`);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rule.id))
        throw new Error(`redaction rule ${rule.id}: id must be kebab-case`);
    if (rule.keywords.length === 0 || rule.keywords.some((k) => k.length === 0))
        throw new Error(`redaction rule ${rule.id}: needs at least one non-empty keyword`);
}
function markerSpans(text) {
    if (!text.includes('[redacted:'))
        return [];
    return [...text.matchAll(MARKER_PATTERN)].map((m) => [m.index, m.index + m[0].length]);
}
/** Replaces every accepted match of one rule; the `secret` group alone when the pattern has one. */
function applyRule(rule, text) {
    const pattern = rule.pattern;
    const replacement = marker(rule.id);
    const markers = markerSpans(text);
    pattern.lastIndex = 0;
    let out = '';
    let copied = 0;
    let replaced = false;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0].length === 0) {
            pattern.lastIndex += 1;
            continue;
        }
        // A match never starts inside a marker ([redacted:aws-secret-key] is not a key named secret-key).
        if (markers.some(([start, end]) => m.index >= start && m.index < end)) {
            pattern.lastIndex = m.index + 1;
            continue;
        }
        const span = m.indices?.groups?.secret ?? m.indices?.[0];
        const secret = m.groups?.secret ?? m[0];
        if (!span || span[0] === span[1] || (rule.accept && !rule.accept(secret, m)))
            continue;
        out += text.slice(copied, span[0]) + replacement;
        copied = span[1];
        replaced = true;
    }
    return replaced ? out + text.slice(copied) : text;
}
/** A redactor applying the rules in order (specific shapes before the generic key=value ones). */
function createRedactor(rules) {
    for (const rule of rules)
        checkRule(rule);
    const ids = new Set();
    for (const rule of rules) {
        if (ids.has(rule.id))
            throw new Error(`redaction rule ${rule.id}: duplicate id`);
        ids.add(rule.id);
    }
    // One pass of a literal alternation finds the keywords present; it restarts one character after
    // each match so that overlapping keywords are found too, and a keyword wakes, with its own rules,
    // the rules of every keyword it contains (the alternation prefers the longest at a position).
    const keywords = [...new Set(rules.flatMap((r) => r.keywords))].sort((a, b) => b.length - a.length);
    const anyKeyword = new RegExp(keywords.map(escapeLiteral).join('|'), 'g');
    const wakes = new Map(keywords.map((keyword) => [keyword, rules.flatMap((rule, index) => (rule.keywords.some((k) => keyword.includes(k)) ? [index] : []))]));
    return (text) => {
        let awake;
        anyKeyword.lastIndex = 0;
        for (let m = anyKeyword.exec(text); m; m = anyKeyword.exec(text)) {
            awake ??= new Array(rules.length).fill(false);
            for (const index of wakes.get(m[0]))
                awake[index] = true;
            anyKeyword.lastIndex = m.index + 1;
        }
        if (!awake)
            return text;
        let out = text;
        for (let index = 0; index < rules.length; index += 1)
            if (awake[index])
                out = applyRule(rules[index], out);
        return out;
    };
}

;// CONCATENATED MODULE: ./src/report/redaction/rules.ts
// The redaction catalogue: every secret shape aws-monitor removes, one rule per shape, as data.
// Rules run in this order: private-key blocks and tokens of a documented vendor shape first (their
// marker names the vendor), then HTTP credentials and URLs with a password, then key=value pairs
// whose key names a secret (the key stays visible), then e-mail addresses.
//
// Every pattern must run in linear time on a hostile 256 KB line. The discipline that ensures it:
// - A pattern starts at a literal (`ghp_`, `://`, a key word) or behind a boundary lookbehind
//   (`(?<![A-Za-z0-9_-])eyJ`), so it is tried once per token, not once per character of a long run.
// - Inside a pattern, consecutive parts never compete for the same characters (a run of base64url is
//   followed by `.`, which the run cannot hold), so a failed attempt gives up in one pass.
// - Repetitions of groups are bounded or delimited by a character the group cannot hold.
// __tests__/properties/redaction.test.ts times every rule against adversarial lines.
//
// Fake example values are written in two parts (fake(prefix, rest)) so that secret scanners such as
// GitHub push protection do not flag this file.
/**
 * Where a token may start: not right after one of these characters, unless they end a JSON escape
 * (\n, \t, \r) whose letter would otherwise look like part of a word.
 */
function notAfter(characters) {
    return String.raw `(?:(?<![${characters}])|(?<=\\[nrt]))`;
}
/** \b before a token that starts with a letter or digit, JSON escapes included. */
const WORD_START = notAfter('A-Za-z0-9_');
function fake(prefix, rest) {
    return prefix + rest;
}
/** Random-looking: upper and lower case letters and digits, as generated keys are, and not a UUID. */
function looksGenerated(value) {
    if (value.length < 16 || /[^A-Za-z0-9+/=_-]/.test(value))
        return false;
    if (/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(value))
        return false;
    return /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value);
}
/** A value that says no secret is there: null, empty, a mask. Redacting it would hide that. */
function isPlaceholder(value) {
    return /^(?:null|nil|none|undefined|true|false|n\/a|-|\*+|x{3,}|<[^>]*>?|\$\{[^}]*\}?|\$\(.*)$/i.test(value.trim());
}
/** Base64 of `user:password`, as HTTP Basic authentication sends it (RFC 7617). */
function isBasicCredentials(value) {
    if (value.length % 4 === 1)
        return false;
    const decoded = Buffer.from(value, 'base64').toString('latin1');
    return decoded.length >= 3 && decoded.includes(':') && /^[\x20-\x7e]+$/.test(decoded);
}
/** An opaque bearer token rather than a word of prose ("Bearer authentication failed"). */
function isBearerToken(value) {
    return value.length >= 8 && /[0-9._~+/=-]/.test(value);
}
// ---------------------------------------------------------------------------------------------
// key=value pairs. A key is any identifier ending in one of a rule's words, in snake, kebab, dotted,
// camel, Pascal or upper case (DB_PASSWORD, PGPASSWORD, dbPassword, client-secret, X-Api-Key,
// spring.datasource.password); the separator is = : := => or %3D, with optional quotes, or the
// "value" of a {"name": …, "value": …} pair (ECS environment, tags, CloudFormation parameters); the value
// is quoted (every word, JSON-escaped or not) or runs to the next space, quote, & or closing bracket.
const KEY_CHAR = String.raw `A-Za-z0-9_.\-`;
const WORD_JOIN = String.raw `[_.\-]?`;
function capitalise(word) {
    return word.charAt(0).toUpperCase() + word.slice(1);
}
/** `secret access key` -> secret[_.-]?access[_.-]?key | SECRET…KEY | [sS]ecret[_.-]?Access[_.-]?Key */
function spellings(words) {
    const parts = words.split(' ');
    const first = parts[0];
    return [
        parts.join(WORD_JOIN),
        parts.map((p) => p.toUpperCase()).join(WORD_JOIN),
        [`[${first.charAt(0)}${first.charAt(0).toUpperCase()}]${first.slice(1)}`, ...parts.slice(1).map(capitalise)].join(WORD_JOIN),
    ];
}
/** The final word in its three casings: any key the rule matches contains one of them. */
function keyKeywords(words) {
    return [...new Set(words.flatMap((w) => [w.split(' ').at(-1), w.split(' ').at(-1).toUpperCase(), capitalise(w.split(' ').at(-1))]))];
}
const QUOTED_VALUE = [
    // JSON inside a JSON string (\"password\":\"…\"), escaped once or more: ends at backslashes before a quote.
    String.raw `(?<=\\")(?:[^\\\n]|\\+(?![\\"]))+`,
    String.raw `(?<=(?<!\\)")(?:[^"\\\n]|\\.)+`,
    String.raw `(?<=')(?:[^'\\\n]|\\.)+`,
    String.raw `(?<=\x60)[^\x60\n]+`,
];
// Unquoted: up to a space, quote, &, or an escape (\n, \") of an enclosing JSON string; a comma,
// semicolon or closing bracket ends it only when a space or the end follows (`pwd=a,b` is one value).
const UNQUOTED_END = String.raw `\s"'\x60&,;)\]}>\\`;
const UNQUOTED_VALUE = String.raw `(?<![\\"'\x60])(?:[^${UNQUOTED_END}]|[,;)\]}>](?=[^${UNQUOTED_END}])|\\(?![nrt"'\\]))+`;
const VALUE = `(?:${[...QUOTED_VALUE, UNQUOTED_VALUE].join('|')})`;
function keyValueRule(spec) {
    const anywhere = spec.words.flatMap(spellings);
    // One word each: lower or upper case after a non-letter, capitalised after anything but a capital.
    const separated = (spec.separatedWords ?? []).flatMap((w) => [`${notAfter('A-Za-z0-9')}(?:${w}|${w.toUpperCase()})`, `(?<![A-Z])${capitalise(w)}`]);
    const word = `(?:${[...anywhere, ...separated].join('|')})`;
    const source = [
        // Not an ARN's resource type (arn:aws:secretsmanager:…:secret:name).
        String.raw `(?!(?<=:)${word}:)`,
        word,
        `(?![${KEY_CHAR}])`,
        String.raw `(?:\\*["'\x60]|\])?`,
        // key=value, key: value, …; or a {"name": key, "value": …} pair (ECS environment, tags, CloudFormation parameters).
        String.raw `(?:[ \t]{0,8}(?::=|=>|=|:|%3[Dd])|,[ \t]{0,4}\\*"(?:[Vv]alue|VALUE|ParameterValue)\\*"[ \t]{0,4}:${spec.spaceSeparates ? '|(?=[ \t])' : ''})[ \t]{0,8}`,
        String.raw `(?:\\*["'\x60])?`,
        // The value starts at its first character: no backtracking into the separator or the spaces.
        String.raw `(?![\s=>:]|\[redacted:)`,
        `(?<secret>${VALUE})`,
    ].join('');
    return {
        id: spec.id,
        matches: spec.matches,
        why: spec.why,
        source: spec.source,
        keywords: keyKeywords([...spec.words, ...(spec.separatedWords ?? [])]),
        pattern: new RegExp(source, 'gd'),
        accept: (value, match) => {
            if (isPlaceholder(value))
                return false;
            // After a bare space, only a credential-length word counts ("aws_session_token is missing" stays).
            if (spec.spaceSeparates && value.length < 16 && !/[=:]|%3[Dd]/.test(match[0].slice(0, match[0].length - value.length).replace(/^[A-Za-z_.-]+/, '')))
                return false;
            return spec.accept ? spec.accept(value) : true;
        },
        example: spec.example,
    };
}
const REDACTION_RULES = [
    {
        id: 'private-key',
        matches: 'a PEM private key block, header to footer (RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP), also with escaped \\n; without a footer, the header and the base64 after it',
        why: 'the key itself; even the header alone says a key was logged and must not become a finding title',
        source: 'RFC 7468 (textual encodings: -----BEGIN PRIVATE KEY-----); OpenSSH PROTOCOL.key; RFC 4880 armor',
        keywords: ['PRIVATE KEY'],
        pattern: /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:[A-Za-z0-9+/=\s:,]|\\+[nr]|-(?!----))*(?:-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)?/dg,
        example: {
            text: `loaded ${fake('-----BEGIN RSA PRIVATE', ' KEY-----')}\nMIIEowIBAAKCAQEAfakefakefake\n-----END RSA PRIVATE KEY----- ok`,
            redacted: 'loaded [redacted:private-key] ok',
        },
    },
    {
        id: 'jwt',
        matches: 'a JSON Web Token: base64url header starting eyJ, payload and signature separated by dots',
        why: 'a bearer credential until it expires, and its payload often names the user',
        source: 'RFC 7519 (JWT) and RFC 7515 section 7.1 (compact serialisation)',
        keywords: ['eyJ'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9_-')}eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*`, 'dg'),
        example: { text: `id_token ${fake('eyJhbGciOiJIUzI1NiJ9', '.eyJzdWIiOiJmYWtlIn0.ZmFrZXNpZw')} ok`, redacted: 'id_token [redacted:jwt] ok' },
    },
    {
        id: 'aws-access-key-id',
        matches: 'an AWS access key id: AKIA (long-term), ASIA (temporary), ABIA (STS bearer), ACCA (context) and 16 upper-case letters or digits',
        why: 'half of an AWS credential pair; it names the IAM user it belongs to',
        source: 'AWS IAM User Guide, "IAM identifiers: unique identifier prefixes"',
        keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
        pattern: new RegExp(String.raw `${WORD_START}(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b`, 'dg'),
        example: { text: `key ${fake('AKIA', 'IOSFODNN7EXAMPLE')} used`, redacted: 'key [redacted:aws-access-key-id] used' },
    },
    {
        id: 'github-token',
        matches: 'a GitHub token: ghp_ (personal), gho_ (OAuth), ghu_ (app user), ghs_ (app installation, Actions), ghr_ (refresh), then 36+ letters and digits',
        why: 'access to repositories and, for ghs_, to the workflow that runs this Action',
        source: 'GitHub blog, "Behind GitHub\'s new authentication token formats" (2021); GitHub changelog 2021-03-31',
        keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
        pattern: new RegExp(String.raw `${WORD_START}gh[pousr]_[A-Za-z0-9]{36,251}\b`, 'dg'),
        example: { text: `push with ${fake('ghp_', 'FAKEfake0123456789FAKEfake0123456789')}`, redacted: 'push with [redacted:github-token]' },
    },
    {
        id: 'github-pat',
        matches: 'a GitHub fine-grained personal access token: github_pat_ then 82 letters, digits and underscores',
        why: 'repository access on behalf of a user',
        source: 'GitHub Docs, "Managing your personal access tokens"; gitleaks rule github-fine-grained-pat',
        keywords: ['github_pat_'],
        pattern: new RegExp(String.raw `${WORD_START}github_pat_[A-Za-z0-9_]{50,251}\b`, 'dg'),
        example: { text: fake('github_pat_', '11FAKE0000fakefakefake_fakefakefakefakefakefakefakefakefakefakefakefakefakefake01'), redacted: '[redacted:github-pat]' },
    },
    {
        id: 'slack-token',
        matches: 'a Slack token: xoxb- (bot), xoxp- (user), xoxa-/xoxr- (workspace), xoxe- (refresh, configuration), xoxo-/xoxs- (legacy)',
        why: 'reads and posts in the workspace as the bot or the user',
        source: 'Slack API docs, "Token types"; gitleaks rules slack-bot-token, slack-user-token, slack-config-*',
        keywords: ['xox'],
        pattern: new RegExp(String.raw `${WORD_START}xox[abeoprs](?:\.xox[bp])?-[A-Za-z0-9-]{10,}`, 'dg'),
        example: { text: `SLACK=${fake('xoxb-', '000000000000-0000000000000-FAKEfakeFAKEfake')}`, redacted: 'SLACK=[redacted:slack-token]' },
    },
    {
        id: 'slack-app-token',
        matches: 'a Slack app-level token: xapp-, a digit, the app id, a number and a hex secret',
        why: 'opens a Socket Mode connection for the app',
        source: 'Slack API docs, "Token types: app-level tokens"; gitleaks rule slack-app-token',
        keywords: ['xapp-'],
        pattern: new RegExp(String.raw `${WORD_START}xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+`, 'dg'),
        example: { text: fake('xapp-', '1-A0FAKE00000-0000000000000-0fa4e0fa4e0fa4e0fa4e'), redacted: '[redacted:slack-app-token]' },
    },
    {
        id: 'slack-webhook',
        matches: 'the path of a Slack incoming webhook, workflow or trigger URL (hooks.slack.com/services/T…/B…/…), also with JSON-escaped slashes',
        why: 'anyone holding the URL can post into the channel',
        source: 'Slack API docs, "Sending messages using incoming webhooks"',
        keywords: ['hooks.slack.com'],
        pattern: new RegExp(String.raw `${WORD_START}hooks\.slack\.com\\*\/(?:services|workflows|triggers)\\*\/(?<secret>[A-Za-z0-9_\\/-]{8,})`, 'dg'),
        example: {
            text: `https://${fake('hooks.slack.com/services/', 'T00000000/B00000000/FAKEfakeFAKEfakeFAKEfake')}`,
            redacted: 'https://hooks.slack.com/services/[redacted:slack-webhook]',
        },
    },
    {
        id: 'stripe-secret-key',
        matches: 'a Stripe secret or restricted key: sk_live_, sk_test_, rk_live_, rk_test_ and letters and digits (publishable pk_ keys are public and stay)',
        why: 'charges, refunds and customer data of the Stripe account',
        source: 'Stripe docs, "API keys" (key types and prefixes)',
        keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
        pattern: new RegExp(String.raw `${WORD_START}[sr]k_(?:live|test)_[A-Za-z0-9]{10,247}\b`, 'dg'),
        example: { text: `stripe ${fake('sk_live_', 'FAKEfake0000FAKEfake0000')}`, redacted: 'stripe [redacted:stripe-secret-key]' },
    },
    {
        id: 'stripe-webhook-secret',
        matches: 'a Stripe webhook signing secret: whsec_ and base64',
        why: 'lets anyone forge webhook events the application trusts',
        source: 'Stripe docs, "Check the webhook signatures"',
        keywords: ['whsec_'],
        pattern: new RegExp(String.raw `${WORD_START}whsec_[A-Za-z0-9+/=]{24,}`, 'dg'),
        example: { text: fake('whsec_', 'FAKEfake0000FAKEfake0000FAKEfake'), redacted: '[redacted:stripe-webhook-secret]' },
    },
    {
        id: 'google-api-key',
        matches: 'a Google API key: AIza and 35 base64url characters',
        why: "billed calls to Google APIs (Maps, Firebase, Gemini) on the owner's project",
        source: 'Google Cloud docs, "Manage API keys"; gitleaks rule gcp-api-key',
        keywords: ['AIza'],
        pattern: new RegExp(String.raw `${WORD_START}AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])`, 'dg'),
        example: { text: `maps key=${fake('AIza', 'SyFAKE0fake0FAKE0fake0FAKE0fake0FAK')}`, redacted: 'maps key=[redacted:google-api-key]' },
    },
    {
        id: 'google-oauth-client-secret',
        matches: 'a Google OAuth client secret: GOCSPX- and 28 base64url characters',
        why: 'with the client id, signs users in as the application',
        source: 'Google Cloud docs, "Client secret format" (GOCSPX- prefix, 2021)',
        keywords: ['GOCSPX-'],
        pattern: new RegExp(String.raw `${WORD_START}GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])`, 'dg'),
        example: { text: fake('GOCSPX-', 'FAKEfake0000FAKEfake00000000'), redacted: '[redacted:google-oauth-client-secret]' },
    },
    {
        id: 'google-oauth-token',
        matches: 'a Google OAuth access token: ya29. and base64url',
        why: 'acts as the signed-in user or service account until it expires',
        source: 'Google Identity docs, "Using OAuth 2.0 to access Google APIs"; trufflehog detector gcp oauth',
        keywords: ['ya29.'],
        pattern: new RegExp(String.raw `${WORD_START}ya29\.[A-Za-z0-9_-]{20,}`, 'dg'),
        example: { text: fake('ya29.', 'a0FAKEfake0000FAKEfake0000FAKEfake'), redacted: '[redacted:google-oauth-token]' },
    },
    {
        id: 'npm-token',
        matches: 'an npm access token: npm_ and 36 letters and digits',
        why: 'publishes packages as the owner: a supply-chain attack',
        source: 'npm docs, "About access tokens"; GitHub blog "npm access tokens now have a prefix" (2021)',
        keywords: ['npm_'],
        pattern: new RegExp(String.raw `${WORD_START}npm_[A-Za-z0-9]{36}\b`, 'dg'),
        example: {
            text: `//registry.npmjs.org/:_authToken=${fake('npm_', 'FAKEfake0000FAKEfake0000FAKEfake0000')}`,
            redacted: '//registry.npmjs.org/:_authToken=[redacted:npm-token]',
        },
    },
    {
        id: 'pypi-token',
        matches: 'a PyPI or TestPyPI API token: pypi- and a macaroon whose base64 names pypi.org or test.pypi.org',
        why: 'uploads packages as the owner',
        source: 'PyPI docs, "API tokens" (pypi- prefix); gitleaks rule pypi-upload-token',
        keywords: ['pypi-AgE'],
        pattern: new RegExp(String.raw `${WORD_START}pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}`, 'dg'),
        example: { text: fake('pypi-', 'AgEIcHlwaS5vcmcCJDAwMDAwMDAwLWZha2UtZmFrZS1mYWtlLTAwMDAwMDAwMDAwMAACKlsz'), redacted: '[redacted:pypi-token]' },
    },
    {
        id: 'gitlab-token',
        matches: 'a GitLab token: glpat- (personal, also routable), gldt-, glrt-, glptt-, glcbt-, gloas-, glft-, glimt-, glagent-, glsoat-, glffct-',
        why: 'repository, registry or runner access',
        source: 'GitLab docs, "GitLab token overview: token prefixes"',
        keywords: ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glcbt-', 'gloas-', 'glft-', 'glimt-', 'glagent-', 'glsoat-', 'glffct-'],
        pattern: new RegExp(String.raw `${WORD_START}gl(?:pat|dt|rt|ptt|cbt|oas|ft|imt|agent|soat|ffct)-[A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9]{2,16})?`, 'dg'),
        example: { text: `PRIVATE-TOKEN: ${fake('glpat-', 'FAKEfake0000FAKEfake')}`, redacted: 'PRIVATE-TOKEN: [redacted:gitlab-token]' },
    },
    {
        id: 'gitlab-runner-token',
        matches: 'a GitLab runner registration token: GR1348941 and 20 characters',
        why: 'registers runners that receive CI jobs and their secrets',
        source: 'GitLab docs, "GitLab token overview: runner registration tokens"',
        keywords: ['GR1348941'],
        pattern: new RegExp(String.raw `${WORD_START}GR1348941[A-Za-z0-9_-]{20,}`, 'dg'),
        example: { text: fake('GR1348941', 'FAKEfake0000FAKEfake'), redacted: '[redacted:gitlab-runner-token]' },
    },
    {
        id: 'twilio-api-key',
        matches: 'a Twilio API key SID: SK and 32 hex digits',
        why: 'with its secret, sends messages and calls billed to the account',
        source: 'Twilio docs, "API keys"; gitleaks rule twilio-api-key',
        keywords: ['SK'],
        pattern: new RegExp(String.raw `${WORD_START}SK[0-9a-fA-F]{32}\b`, 'dg'),
        example: { text: fake('SK', '0fa4e0fa4e0fa4e0fa4e0fa4e0fa4e00'), redacted: '[redacted:twilio-api-key]' },
    },
    {
        id: 'sendgrid-api-key',
        matches: 'a SendGrid API key: SG., 22 characters, a dot, 43 characters',
        why: "sends mail as the account's verified senders",
        source: 'Twilio SendGrid docs, "API keys"; gitleaks rule sendgrid-api-token',
        keywords: ['SG.'],
        pattern: new RegExp(String.raw `${WORD_START}SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{32,64}(?![A-Za-z0-9_-])`, 'dg'),
        example: { text: fake('SG.', 'FAKEfake0000FAKEfake00.FAKEfake0000FAKEfake0000FAKEfake0000FAKEfak'), redacted: '[redacted:sendgrid-api-key]' },
    },
    {
        id: 'anthropic-api-key',
        matches: 'an Anthropic key: sk-ant- , a kind and version (api03, admin01, oat01), and base64url',
        why: "billed model usage and, for admin keys, the organisation's settings",
        source: 'Anthropic API docs, "Authentication"; gitleaks rules anthropic-api-key, anthropic-admin-api-key',
        keywords: ['sk-ant-'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9_-')}sk-ant-[a-z]{2,8}\d{2}-[A-Za-z0-9_-]{32,}`, 'dg'),
        example: { text: fake('sk-ant-', 'api03-FAKEfake0000FAKEfake0000FAKEfake0000-fakeAA'), redacted: '[redacted:anthropic-api-key]' },
    },
    {
        id: 'openai-api-key',
        matches: 'an OpenAI key: sk-, sk-proj-, sk-svcacct- or sk-admin-, with the T3BlbkFJ marker',
        why: 'billed model usage on the organisation',
        source: 'OpenAI API docs, "Authentication"; gitleaks rule openai-api-key',
        keywords: ['T3BlbkFJ'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9_-')}sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}`, 'dg'),
        example: { text: fake('sk-proj-', 'FAKEfake0000FAKEfake0000T3BlbkFJFAKEfake0000FAKEfake0000'), redacted: '[redacted:openai-api-key]' },
    },
    {
        id: 'sk-api-key',
        matches: 'another sk- secret key (OpenAI legacy, DeepSeek, OpenRouter and others): sk-, an optional short kind, 32+ random characters',
        why: 'the sk- prefix is the common shape of model-provider secret keys',
        source: 'OpenAI API docs (legacy sk- keys); DeepSeek and OpenRouter API docs',
        keywords: ['sk-'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9_-')}sk-(?:[a-z]{2,10}(?:-v\d)?-)?(?<random>[A-Za-z0-9_-]{32,})(?![A-Za-z0-9_-])`, 'dg'),
        accept: (_, match) => {
            const random = match.groups.random;
            return looksGenerated(random) || (/^[0-9a-f]{32,}$/.test(random) && /[a-f]/.test(random) && /[0-9]/.test(random));
        },
        example: { text: fake('sk-', 'or-v1-FAKEfake0000FAKEfake0000FAKEfake0000'), redacted: '[redacted:sk-api-key]' },
    },
    {
        id: 'azure-storage-key',
        matches: 'the AccountKey= or SharedAccessKey= of an Azure Storage, Service Bus or Event Hubs connection string',
        why: 'full access to the storage account or namespace',
        source: 'Azure docs, "Configure Azure Storage connection strings"',
        keywords: ['AccountKey=', 'SharedAccessKey='],
        pattern: new RegExp(String.raw `${WORD_START}(?:AccountKey|SharedAccessKey)=(?<secret>[A-Za-z0-9+/]{20,}={0,2})`, 'dg'),
        example: {
            text: 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=FAKEfake0000FAKEfake0000FAKE==;EndpointSuffix=core.windows.net',
            redacted: 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=[redacted:azure-storage-key];EndpointSuffix=core.windows.net',
        },
    },
    {
        id: 'azure-sas-signature',
        matches: 'the sig= parameter of an Azure shared access signature URL',
        why: 'the signature is the credential: the URL grants what the SAS allows until it expires',
        source: 'Azure docs, "Grant limited access with shared access signatures (SAS)"',
        keywords: ['sig='],
        pattern: /(?:[?&;]|\\u0026)sig=(?<secret>[A-Za-z0-9%+/=]{16,})/dg,
        example: {
            text: 'https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&sig=FAKEfake0000FAKEfake%3D',
            redacted: 'https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&sig=[redacted:azure-sas-signature]',
        },
    },
    {
        id: 'azure-ad-client-secret',
        matches: 'an Entra ID (Azure AD) client secret: three characters, a digit, Q~ and 31-34 more',
        why: 'signs in as the application registration',
        source: 'Microsoft Purview, "Azure AD client secret" sensitive information type; gitleaks rule azure-ad-client-secret',
        keywords: ['Q~'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9_~.-')}[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])`, 'dg'),
        example: { text: fake('abc8Q~', 'FAKEfake0000FAKEfake0000FAKEfake0'), redacted: '[redacted:azure-ad-client-secret]' },
    },
    {
        id: 'aws-sigv4-signature',
        matches: 'the 64-hex Signature= or X-Amz-Signature= of an AWS Signature Version 4 header or presigned URL',
        why: 'a presigned URL is usable by anyone who holds it until it expires',
        source: 'AWS docs, "Signature Version 4: authentication methods" and "Presigned URLs"',
        keywords: ['Signature=', 'signature='],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9-')}(?:X-Amz-Signature|x-amz-signature|Signature)=(?<secret>[0-9a-f]{64})(?![0-9a-f])`, 'dg'),
        example: { text: `?X-Amz-Signature=${'0f'.repeat(32)}`, redacted: '?X-Amz-Signature=[redacted:aws-sigv4-signature]' },
    },
    {
        id: 'hashicorp-vault-token',
        matches: 'a HashiCorp Vault token: hvs. (service), hvb. (batch), hvr. (recovery) and base64url',
        why: 'reads every secret its policy allows',
        source: 'HashiCorp Vault docs, "Tokens: token prefixes"',
        keywords: ['hvs.', 'hvb.', 'hvr.'],
        pattern: new RegExp(String.raw `${WORD_START}hv[sbr]\.[A-Za-z0-9_-]{24,}`, 'dg'),
        example: { text: `VAULT_TOKEN=${fake('hvs.', 'CAESIFAKEfake0000FAKEfake0000FAKEfake')}`, redacted: 'VAULT_TOKEN=[redacted:hashicorp-vault-token]' },
    },
    {
        id: 'docker-hub-token',
        matches: 'a Docker Hub personal access token: dckr_pat_ and base64url',
        why: 'pushes images as the user',
        source: 'Docker docs, "Personal access tokens"',
        keywords: ['dckr_pat_'],
        pattern: new RegExp(String.raw `${WORD_START}dckr_pat_[A-Za-z0-9_-]{20,}`, 'dg'),
        example: { text: fake('dckr_pat_', 'FAKEfake0000FAKEfake0000fa'), redacted: '[redacted:docker-hub-token]' },
    },
    {
        id: 'hugging-face-token',
        matches: 'a Hugging Face access token: hf_ and 34+ letters',
        why: 'reads private models and data sets, or writes to them',
        source: 'Hugging Face docs, "User access tokens"; gitleaks rule huggingface-access-token',
        keywords: ['hf_'],
        pattern: new RegExp(String.raw `${WORD_START}hf_[A-Za-z0-9]{34,}\b`, 'dg'),
        example: { text: fake('hf_', 'FAKEfakeFAKEfakeFAKEfakeFAKEfakeFA'), redacted: '[redacted:hugging-face-token]' },
    },
    {
        id: 'shopify-token',
        matches: 'a Shopify token: shpat_, shpca_, shppa_ or shpss_ and 32 hex digits',
        why: 'store admin API access',
        source: 'Shopify docs, "About authentication"; gitleaks rules shopify-*',
        keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
        pattern: new RegExp(String.raw `${WORD_START}shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b`, 'dg'),
        example: { text: fake('shpat_', '0fa4e0fa4e0fa4e0fa4e0fa4e0fa4e00'), redacted: '[redacted:shopify-token]' },
    },
    {
        id: 'digitalocean-token',
        matches: 'a DigitalOcean token: dop_v1_, doo_v1_ or dor_v1_ and 64 hex digits',
        why: 'controls the DigitalOcean account',
        source: 'DigitalOcean docs, "How to create a personal access token" (token prefixes)',
        keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
        pattern: new RegExp(String.raw `${WORD_START}do[opr]_v1_[a-f0-9]{64}\b`, 'dg'),
        example: { text: fake('dop_v1_', '0fa4'.repeat(16)), redacted: '[redacted:digitalocean-token]' },
    },
    {
        id: 'databricks-token',
        matches: 'a Databricks personal access token: dapi and 32 hex digits',
        why: 'runs jobs and reads data in the workspace',
        source: 'Databricks docs, "Authenticate with Databricks personal access tokens"',
        keywords: ['dapi'],
        pattern: new RegExp(String.raw `${WORD_START}dapi[a-f0-9]{32}(?:-\d)?\b`, 'dg'),
        example: { text: fake('dapi', '0fa4e0fa4e0fa4e0fa4e0fa4e0fa4e00'), redacted: '[redacted:databricks-token]' },
    },
    {
        id: 'new-relic-key',
        matches: 'a New Relic user API key: NRAK- and 27 upper-case letters or digits',
        why: 'reads and changes the New Relic account',
        source: 'New Relic docs, "New Relic API keys"',
        keywords: ['NRAK-'],
        pattern: new RegExp(String.raw `${WORD_START}NRAK-[A-Z0-9]{27}\b`, 'dg'),
        example: { text: fake('NRAK-', 'FAKE0000FAKE0000FAKE0000FAK'), redacted: '[redacted:new-relic-key]' },
    },
    {
        id: 'grafana-token',
        matches: 'a Grafana service account token (glsa_) or Grafana Cloud token (glc_)',
        why: 'dashboard and data source access',
        source: 'Grafana docs, "Service accounts" and "Grafana Cloud access policies"',
        keywords: ['glsa_', 'glc_'],
        pattern: new RegExp(String.raw `${WORD_START}gl(?:sa|c)_[A-Za-z0-9_+/=-]{32,}`, 'dg'),
        example: { text: fake('glsa_', 'FAKEfake0000FAKEfake0000FAKEfake_0fa4e0fa'), redacted: '[redacted:grafana-token]' },
    },
    {
        id: 'postman-api-key',
        matches: 'a Postman API key: PMAK-, 24 hex, a dash, 34 hex',
        why: 'reads collections, environments and their secrets',
        source: 'Postman docs, "Generate and use Postman API keys"',
        keywords: ['PMAK-'],
        pattern: new RegExp(String.raw `${WORD_START}PMAK-[a-f0-9]{24}-[a-f0-9]{34}\b`, 'dg'),
        example: { text: fake('PMAK-', `${'0fa4e0'.repeat(4)}-${'0fa4e0'.repeat(5)}0fa4`), redacted: '[redacted:postman-api-key]' },
    },
    {
        id: 'linear-api-key',
        matches: 'a Linear API key: lin_api_ and 40 letters and digits',
        why: "reads and writes the workspace's issues",
        source: 'Linear developers docs, "API and webhooks: personal API keys"',
        keywords: ['lin_api_'],
        pattern: new RegExp(String.raw `${WORD_START}lin_api_[A-Za-z0-9]{40}\b`, 'dg'),
        example: { text: fake('lin_api_', 'FAKEfake0000FAKEfake0000FAKEfake0000FAKE'), redacted: '[redacted:linear-api-key]' },
    },
    {
        id: 'discord-webhook',
        matches: 'the id and token of a Discord webhook URL (discord.com/api/webhooks/…)',
        why: 'anyone holding the URL can post into the channel',
        source: 'Discord developer docs, "Webhook resource: execute webhook"',
        keywords: ['discord'],
        pattern: new RegExp(String.raw `${WORD_START}discord(?:app)?\.com\\*\/api\\*\/webhooks\\*\/(?<secret>[0-9]{5,30}\\*\/[A-Za-z0-9_-]{20,})`, 'dg'),
        example: { text: 'https://discord.com/api/webhooks/000000000000000000/FAKEfake0000FAKEfake0000', redacted: 'https://discord.com/api/webhooks/[redacted:discord-webhook]' },
    },
    {
        id: 'teams-webhook',
        matches: 'the path of a Microsoft Teams incoming webhook URL (….webhook.office.com/webhookb2/…)',
        why: 'anyone holding the URL can post into the channel',
        source: 'Microsoft Learn, "Create an Incoming Webhook" (Teams)',
        keywords: ['webhook.office.com'],
        pattern: /\.webhook\.office\.com\\*\/webhookb2\\*\/(?<secret>[A-Za-z0-9@\\/_-]{20,})/dg,
        example: {
            text: 'https://acme.webhook.office.com/webhookb2/00000000-fake-0000-fake-000000000000@00000000-fake/IncomingWebhook/0fa4e0/00',
            redacted: 'https://acme.webhook.office.com/webhookb2/[redacted:teams-webhook]',
        },
    },
    {
        id: 'age-secret-key',
        matches: 'an age encryption secret key: AGE-SECRET-KEY-1 and 58 bech32 characters',
        why: 'decrypts everything encrypted to it',
        source: 'age format specification (C2SP age.md: native X25519 identities)',
        keywords: ['AGE-SECRET-KEY-'],
        pattern: new RegExp(String.raw `${WORD_START}AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b`, 'dg'),
        example: { text: fake('AGE-SECRET-KEY-', `1${'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'.repeat(2).slice(0, 58)}`), redacted: '[redacted:age-secret-key]' },
    },
    {
        id: 'telegram-bot-token',
        matches: 'a Telegram bot token: the bot id, a colon, AA and 33 base64url characters',
        why: 'controls the bot and reads what is sent to it',
        source: 'Telegram Bot API docs, "Authorizing your bot"',
        keywords: [':AA'],
        pattern: new RegExp(String.raw `${WORD_START}\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])`, 'dg'),
        example: { text: fake('123456789:AA', 'FAKEfake0000FAKEfake0000FAKEfake0'), redacted: '[redacted:telegram-bot-token]' },
    },
    {
        id: 'mailgun-key',
        matches: 'a Mailgun private API key: key- and 32 hex digits',
        why: "sends mail from the account's domains",
        source: 'Mailgun docs, "API keys"; gitleaks rule mailgun-private-api-token',
        keywords: ['key-'],
        pattern: new RegExp(String.raw `${WORD_START}key-[0-9a-f]{32}\b`, 'dg'),
        example: { text: fake('key-', '0fa4e0fa4e0fa4e0fa4e0fa4e0fa4e00'), redacted: '[redacted:mailgun-key]' },
    },
    {
        id: 'square-token',
        matches: 'a Square access token or OAuth secret: sq0atp- or sq0csp- and base64url',
        why: 'takes payments on the seller account',
        source: 'Square developer docs, "Access tokens"; gitleaks rules square-access-token',
        keywords: ['sq0atp-', 'sq0csp-'],
        pattern: new RegExp(String.raw `${WORD_START}sq0(?:atp|csp)-[A-Za-z0-9_-]{22,}`, 'dg'),
        example: { text: fake('sq0atp-', 'FAKEfake0000FAKEfake00'), redacted: '[redacted:square-token]' },
    },
    {
        id: 'atlassian-api-token',
        matches: 'an Atlassian API token: ATATT3 and base64url (180+ characters in practice)',
        why: 'acts as the user in Jira and Confluence',
        source: 'Atlassian support, "Manage API tokens for your Atlassian account"; gitleaks rule atlassian-api-token',
        keywords: ['ATATT3'],
        pattern: new RegExp(String.raw `${WORD_START}ATATT3[A-Za-z0-9_=-]{60,}`, 'dg'),
        example: { text: fake('ATATT3', `xFfGF0${'FAKEfake0000'.repeat(6)}`), redacted: '[redacted:atlassian-api-token]' },
    },
    {
        id: 'sentry-token',
        matches: 'a Sentry organisation or user auth token: sntrys_ or sntryu_ and base64',
        why: 'reads events (with their user data) and changes projects',
        source: 'Sentry docs, "Auth tokens"',
        keywords: ['sntrys_', 'sntryu_'],
        pattern: new RegExp(String.raw `${WORD_START}sntry[su]_[A-Za-z0-9+/=_-]{30,}`, 'dg'),
        example: { text: fake('sntryu_', '0fa4e0fa4e0fa4e0fa4e0fa4e0fa4e0fa4e'), redacted: '[redacted:sentry-token]' },
    },
    {
        id: 'terraform-cloud-token',
        matches: 'a Terraform Cloud / HCP Terraform API token: 14 characters, .atlasv1. and 60+ more',
        why: "plans and applies infrastructure with the workspace's cloud credentials",
        source: 'HCP Terraform docs, "API tokens"; gitleaks rule hashicorp-tf-api-token',
        keywords: ['.atlasv1.'],
        pattern: new RegExp(String.raw `${WORD_START}[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,}`, 'dg'),
        example: { text: fake('FAKEfake0000FA.atlasv1.', 'FAKEfake0000'.repeat(6)), redacted: '[redacted:terraform-cloud-token]' },
    },
    {
        id: 'http-header',
        matches: 'the value of a credential-bearing HTTP header logged as a {"name": …, "value": …} pair (Cookie, Set-Cookie, Authorization, X-Api-Key, X-Auth-Token, X-Amz-Security-Token, X-CSRF-Token)',
        why: 'AWS WAF full logs and API gateways record request headers this way, credentials included',
        source: 'AWS WAF Developer Guide, "Log fields for web ACL traffic" (httpRequest.headers)',
        keywords: ['name'],
        pattern: new RegExp(String.raw `\\*"name\\*"[ \t]{0,4}:[ \t]{0,4}\\*"(?:[Cc]ookie|[Ss]et-[Cc]ookie|[Aa]uthorization|[Pp]roxy-[Aa]uthorization|[Xx]-[Aa]pi-[Kk]ey|[Xx]-[Aa]uth-[Tt]oken|[Xx]-[Aa]mz-[Ss]ecurity-[Tt]oken|[Xx]-[Cc][Ss][Rr][Ff]-[Tt]oken)\\*"[ \t]{0,4},(?:\s|\\[nrt]){0,64}\\*"value\\*"[ \t]{0,4}:[ \t]{0,4}\\*"(?!\[redacted:)(?<secret>(?:[^"\\\n]|\\+(?![\\"]))+)`, 'dg'),
        example: { text: '{"name":"cookie","value":"session=0fa4e0fa4e; theme=dark"}', redacted: '{"name":"cookie","value":"[redacted:http-header]"}' },
    },
    {
        id: 'authorization',
        matches: 'the credentials of an Authorization or Proxy-Authorization header, after a known scheme (Bearer, Basic, Token, AWS4-HMAC-SHA256, …) or alone',
        why: 'whatever follows the scheme authenticates the request',
        source: 'RFC 9110 section 11.6.2 (Authorization); IANA HTTP Authentication Scheme Registry',
        keywords: ['uthorization', 'AUTHORIZATION'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9-')}(?:[Pp]roxy-)?(?:[Aa]uthorization|AUTHORIZATION)(?:\\?["'])?[ \t]{0,8}[:=][ \t]{0,8}(?:\\?["'])?(?:(?:[Bb]asic|[Bb]earer|BEARER|[Dd]igest|[Tt]oken|AWS4-HMAC-SHA256|HMAC-SHA256|[Nn]egotiate|NTLM|OAuth|DPoP|GNAP|HOBA|Mutual|PrivateToken|SCRAM-SHA-(?:1|256)|vapid|ApiKey|Api-Key|SSWS|Splunk|GenieKey|JWT|Key|Client-ID)[ \t]+)?(?!\[redacted:)(?<secret>[^\s"'\\,]+)(?=[\s"'\\,]|$)(?![ \t]+\[redacted:)`, 'dg'),
        example: { text: 'Authorization: Token 0fa4e0fa4e0fa4e0fa4e', redacted: 'Authorization: Token [redacted:authorization]' },
    },
    {
        id: 'bearer-token',
        matches: 'the token after Bearer (with digits or punctuation, so "Bearer authentication" stays)',
        why: 'a bearer token authenticates whoever presents it',
        source: 'RFC 6750 section 2.1 (Bearer authorization header)',
        keywords: ['Bearer', 'bearer', 'BEARER'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9')}(?:[Bb]earer|BEARER)[ \t]+(?!\[redacted:)(?<secret>[A-Za-z0-9._~+/-]+=*)(?![A-Za-z0-9._~+/=-])`, 'dg'),
        accept: isBearerToken,
        example: { text: 'curl -H "X-Upstream: Bearer tok_0fa4e0fa4e"', redacted: 'curl -H "X-Upstream: Bearer [redacted:bearer-token]"' },
    },
    {
        id: 'basic-auth',
        matches: 'the base64 user:password after Basic (it must decode to printable text with a colon)',
        why: 'base64 is an encoding, not a protection: it is the password',
        source: 'RFC 7617 (The "Basic" HTTP authentication scheme)',
        keywords: ['Basic', 'basic', 'BASIC'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9')}(?:[Bb]asic|BASIC)[ \t]+(?!\[redacted:)(?<secret>[A-Za-z0-9+/]{4,}={0,2})(?![A-Za-z0-9+/=])`, 'dg'),
        accept: isBasicCredentials,
        example: { text: 'sent Basic YWxhZGRpbjpvcGVuc2VzYW1l', redacted: 'sent Basic [redacted:basic-auth]' },
    },
    {
        id: 'url-password',
        matches: 'the password of a URL with credentials (postgres://app:…@db, redis://:…@host), all of it even with / or @ in it',
        why: 'connection strings carry the database or broker password',
        source: 'RFC 3986 section 3.2.1 (user information)',
        keywords: ['://', ':\\/', ':\\\\'],
        pattern: /:\\*\/\\*\/[^\s/\\@:"'<>]*:(?!\[redacted:)(?!\d{1,5}(?:[/\\?#\s"']|$))(?<secret>(?:[^\s@:"'<>]|:(?!\\*\/)|@(?=[^\s@"'<>]*@))+)@(?=[^\s@])/dg,
        example: { text: 'postgres://app:pa/ss@w0rd@db.internal:5432/orders', redacted: 'postgres://app:[redacted:url-password]@db.internal:5432/orders' },
    },
    {
        id: 'cookie',
        matches: 'the value of a Cookie or Set-Cookie header',
        why: 'session cookies authenticate whoever presents them',
        source: 'RFC 6265 sections 4.1 and 4.2',
        keywords: ['Cookie', 'cookie', 'COOKIE'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9-')}(?:[Ss]et-)?(?:[Cc]ookie|COOKIE)(?:\\?["'])?[ \t]{0,8}:[ \t]{0,8}(?:\\?["'])?(?![ \t]|\[redacted:)(?<secret>[^\r\n"\\]+)`, 'dg'),
        example: { text: 'Cookie: sessionid=0fa4e0fa4e; csrftoken=0fa4e', redacted: 'Cookie: [redacted:cookie]' },
    },
    {
        id: 'curl-user-password',
        matches: 'the password of curl -u / --user user:password',
        why: 'curl sends it as Basic credentials; CI and cron logs echo the command',
        source: 'curl manual, -u, --user <user:password>',
        keywords: ['-u', '--user'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9_-')}(?:-u|--user)[ \t]*(?:\\*["'])?[^\s:"'\\]{1,128}:(?!\[redacted:)(?<secret>[^\s"'\\]+)`, 'dg'),
        example: { text: 'curl -u admin:hunter2 https://ci.internal/api', redacted: 'curl -u admin:[redacted:curl-user-password] https://ci.internal/api' },
    },
    {
        id: 'mysql-password',
        matches: 'the password of a mysql, mysqldump or mysqladmin command line written -pPASSWORD',
        why: 'the MySQL clients take the password glued to -p, and container commands echo it',
        source: 'MySQL 8.0 Reference Manual, "Command options for connecting to the server" (--password, -p)',
        keywords: ['mysql'],
        pattern: new RegExp(String.raw `${WORD_START}mysql(?:dump|admin|import|show|check|pump|sh)?(?:[ \t]+[^\s]+){0,16}?[ \t]+-p(?![ \t]|\[redacted:)(?<secret>[^\s"'\\]+)`, 'dg'),
        example: { text: 'mysql -h db -u root -phunter2 orders', redacted: 'mysql -h db -u root -p[redacted:mysql-password] orders' },
    },
    {
        id: 'command-line-secret',
        matches: 'the value after a command-line flag naming a secret, separated by a space (--password x, --db-password x, --api-key x)',
        why: 'ECS commands and stopped-task reasons quote the container command line',
        source: 'POSIX/GNU long-option convention; MySQL, PostgreSQL and AWS CLI option names',
        keywords: ['--'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9_-')}--(?:[A-Za-z0-9]+-)*(?:password|passwd|pass|secret|token|api-key|apikey|access-key|secret-key|private-key)[ \t]+(?!-)(?:\\*["'])?(?![ \t]|\[redacted:)(?<secret>(?<=["'])(?:[^"'\\\n]|\\+(?![\\"']))+|(?<![\\"'])[^\s"'\\]+)`, 'dg'),
        example: { text: 'exec app --db-password hunter2 --port 5432', redacted: 'exec app --db-password [redacted:command-line-secret] --port 5432' },
    },
    keyValueRule({
        id: 'aws-secret-key',
        words: ['secret access key', 'aws secret key'],
        spaceSeparates: true,
        matches: 'the value of an AWS secret access key setting (aws_secret_access_key=, SecretAccessKey:, AWS_SECRET_KEY=)',
        why: 'the secret half of an AWS credential pair',
        source: 'AWS CLI docs, "Configuration and credential file settings"; STS Credentials data type',
        example: { text: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', redacted: 'aws_secret_access_key = [redacted:aws-secret-key]' },
    }),
    keyValueRule({
        id: 'aws-session-token',
        words: ['session token', 'security token'],
        spaceSeparates: true,
        matches: 'the value of an AWS session token setting (aws_session_token=, SessionToken:, X-Amz-Security-Token=)',
        why: 'completes a temporary AWS credential',
        source: 'AWS CLI docs, "Configuration and credential file settings"; AWS SigV4 docs (X-Amz-Security-Token)',
        example: { text: '{"SessionToken":"IQoJb3JpZ2luX2VjEFAKE"}', redacted: '{"SessionToken":"[redacted:aws-session-token]"}' },
    }),
    keyValueRule({
        id: 'password',
        words: ['password', 'passwd', 'passphrase'],
        separatedWords: ['pass', 'pwd'],
        matches: 'the value of a password setting: password, passwd, passphrase, pwd, pass, and keys ending so (DB_PASSWORD, PGPASSWORD, MYSQL_PWD, dbPassword)',
        why: 'a password',
        source: 'PostgreSQL docs, "Environment variables" (PGPASSWORD); MySQL docs (MYSQL_PWD); common configuration keys',
        example: { text: 'password: "correct horse battery staple"', redacted: 'password: "[redacted:password]"' },
    }),
    keyValueRule({
        id: 'secret',
        words: ['secret', 'secret key', 'private key', 'signing key', 'encryption key', 'master key'],
        matches: 'the value of a secret setting: secret, client_secret, *_SECRET, secret_key, private_key, signing and encryption keys',
        why: 'named a secret by whoever wrote it',
        source: 'RFC 6749 section 2.3.1 (client_secret); common configuration keys',
        example: { text: 'client_secret=0fa4e0fa4e0fa4e0', redacted: 'client_secret=[redacted:secret]' },
    }),
    keyValueRule({
        id: 'token',
        words: ['token'],
        separatedWords: ['jwt'],
        matches: 'the value of a token setting: token, access_token, refresh_token, id_token, *_TOKEN, csrftoken, authToken, jwt',
        why: 'tokens authenticate whoever presents them',
        source: 'RFC 6749 sections 4.2.2 and 5.1 (access_token, refresh_token); common configuration keys',
        example: { text: 'GET /cb?access_token=0fa4e0fa4e&state=1', redacted: 'GET /cb?access_token=[redacted:token]&state=1' },
    }),
    keyValueRule({
        id: 'api-key',
        words: ['api key', 'apikey', 'access key', 'license key', 'app key', 'auth key'],
        matches: 'the value of an API key setting: api_key, apikey, X-Api-Key, access_key, license_key, app_key',
        why: 'API keys authenticate whoever presents them',
        source: 'common configuration keys and HTTP headers (X-Api-Key)',
        example: { text: 'X-Api-Key: 0fa4e0fa4e0fa4e0', redacted: 'X-Api-Key: [redacted:api-key]' },
    }),
    keyValueRule({
        id: 'session-cookie',
        words: ['jsessionid', 'phpsessid'],
        matches: 'the value of a Java or PHP session cookie: JSESSIONID, PHPSESSID (also in a URL: ;jsessionid=)',
        why: 'a web session id authenticates whoever presents it, as a password would',
        source: 'Jakarta Servlet specification (JSESSIONID, URL rewriting); PHP manual, session.name (PHPSESSID)',
        example: { text: 'GET /cart;jsessionid=0FA4E0FA4E0FA4E0 200', redacted: 'GET /cart;jsessionid=[redacted:session-cookie] 200' },
    }),
    keyValueRule({
        id: 'session-id',
        words: ['session id'],
        separatedWords: ['session'],
        matches: 'the value of session, sessionid or session_id when it looks generated (16+ characters mixing upper and lower case and digits)',
        why: 'a web session id is a credential; a ZooKeeper, SSH or database session number (0x14ed93111f20027, 42) is an identifier worth keeping',
        source: 'OWASP Session Management Cheat Sheet (session ID entropy and names)',
        accept: looksGenerated,
        example: { text: 'session_id=Fa4eFAKE0fa4eFAKE0fa4e user=42', redacted: 'session_id=[redacted:session-id] user=42' },
    }),
    keyValueRule({
        id: 'key',
        words: [],
        separatedWords: ['key'],
        matches: 'the value of any other *_KEY / *Key / key setting when the value looks generated (16+ characters mixing upper and lower case and digits)',
        why: 'keys with generated values are usually credentials; cache, partition and S3 object keys are left alone',
        source: 'common configuration keys',
        accept: looksGenerated,
        example: { text: 'WEBHOOK_KEY=Fa4eFAKE0fa4eFAKE0fa4e cache_key=user:42', redacted: 'WEBHOOK_KEY=[redacted:key] cache_key=user:42' },
    }),
    {
        id: 'email',
        matches: 'an e-mail address',
        why: 'personal data, never needed to understand a problem',
        source: 'RFC 5322 section 3.4.1 (addr-spec), restricted to the common dot-atom form',
        keywords: ['@'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9._%+-')}[A-Za-z0-9._%+-]+@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])`, 'dg'),
        example: { text: 'charge failed for jane.doe@example.com', redacted: 'charge failed for [redacted:email]' },
    },
];

;// CONCATENATED MODULE: ./src/report/redact.ts
// Removes credentials, secrets and e-mail addresses from any text that may reach a report, a log or
// an error message. The catalogue of what is removed, and why, is src/report/redaction/rules.ts.




/** The text with every secret the catalogue knows replaced by a marker such as `[redacted:github-token]`. */
const redact = createRedactor(REDACTION_RULES);


/***/ }),

/***/ 8093:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n5: () => (/* binding */ COLLECTORS),
  Bg: () => (/* binding */ SERVICES),
  dd: () => (/* binding */ inventoryTitle),
  I4: () => (/* binding */ resourceTypeSpec),
  z5: () => (/* binding */ serviceOf)
});

// UNUSED EXPORTS: RESOURCE_TYPES

;// CONCATENATED MODULE: ./src/services/cloudformation/index.ts
// AWS CloudFormation: stacks, their status, drift and recent failed events.
const cloudformationService = {
    id: 'cloudformation',
    title: 'AWS CloudFormation',
    inventoryTitle: 'CloudFormation',
    loadCollector: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(805), __nccwpck_require__.e(934)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8934))).cloudformationCollector,
    resourceTypes: {
        'cloudformation:stack': { listAttributes: { waitingOn: ', ' }, summary: ({ attributes: a }, { time }) => (a.lastUpdatedAt ? `updated ${time(a.lastUpdatedAt)}` : '') },
    },
    metrics: [],
};

;// CONCATENATED MODULE: ./src/services/dms/log-sources.ts
// Each DMS task writes to dms-tasks-<instance>, in streams named dms-task-<task resource id>.
function dmsLogSources(resource) {
    const logGroup = resource.attributes.logGroup;
    if (!logGroup)
        return [];
    const taskResourceId = resource.arn?.slice(resource.arn.lastIndexOf(':') + 1);
    return [{ logGroup, kind: 'dms', ...(taskResourceId ? { streamPrefix: `dms-task-${taskResourceId}` } : {}) }];
}

;// CONCATENATED MODULE: ./src/services/attribute-values.ts
// Reading one attribute of a resource the caller knows the type of, for the metric rows (which
// take any resource): `A` names the type's attributes, so a misspelt key fails to compile.
/** A non-empty string attribute, or undefined. */
function textAttribute(resource, key) {
    const value = resource.attributes[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** A number attribute, or undefined. */
function numberAttribute(resource, key) {
    const value = resource.attributes[key];
    return typeof value === 'number' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/services/dms/metrics.ts
// AWS DMS metrics: names, dimensions and statistics follow the service's CloudWatch metrics reference.

const dmsTask = (r) => {
    const instance = textAttribute(r, 'replicationInstance');
    const taskResourceId = r.arn?.split(':').at(-1);
    return instance && taskResourceId
        ? [
            { Name: 'ReplicationInstanceIdentifier', Value: instance },
            { Name: 'ReplicationTaskIdentifier', Value: taskResourceId },
        ]
        : undefined;
};
const DMS_METRICS = [
    // DMS replication tasks.
    {
        id: 'dms_cdc_latency_source',
        resourceType: 'dms:task',
        namespace: 'AWS/DMS',
        metricName: 'CDCLatencySource',
        stat: 'Maximum',
        unit: 'seconds',
        label: 'CDC latency at the source',
        role: 'health',
        bad: 'up',
        limits: { warn: 300, critical: 1_800 },
        dimensions: dmsTask,
    },
    {
        id: 'dms_cdc_latency_target',
        resourceType: 'dms:task',
        namespace: 'AWS/DMS',
        metricName: 'CDCLatencyTarget',
        stat: 'Maximum',
        unit: 'seconds',
        label: 'CDC latency at the target',
        role: 'health',
        bad: 'up',
        limits: { warn: 300, critical: 1_800 },
        dimensions: dmsTask,
    },
];

;// CONCATENATED MODULE: ./src/services/dms/index.ts
// AWS DMS: replication tasks, their table errors, CDC latency and task logs.


const dmsService = {
    id: 'dms',
    title: 'AWS DMS',
    inventoryTitle: 'DMS',
    loadCollector: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(819), __nccwpck_require__.e(440)]).then(__nccwpck_require__.bind(__nccwpck_require__, 440))).dmsCollector,
    resourceTypes: {
        'dms:task': {
            listAttributes: { erroredTables: ', ' },
            summary: ({ attributes: a }) => [a.migrationType, a.replicationInstance ? `on ${a.replicationInstance}` : ''].filter(Boolean).join(', '),
        },
    },
    metrics: DMS_METRICS,
    logSources: dmsLogSources,
};

;// CONCATENATED MODULE: ./src/services/ecs/log-sources.ts
// ECS services log where their task definitions' awslogs settings say.
function ecsLogSources(resource) {
    if (resource.type !== 'ecs:service')
        return [];
    const groups = resource.attributes.logGroups ?? [];
    const prefixes = resource.attributes.logStreamPrefixes ?? [];
    // awslogs names streams prefix/container/task-id. With one prefix and one group the prefix
    // narrows a group the service may share; otherwise the whole group is read.
    const streamPrefix = groups.length === 1 && prefixes.length === 1 ? `${prefixes[0]}/` : undefined;
    return groups.map((logGroup) => ({ logGroup, kind: 'application', ...(streamPrefix ? { streamPrefix } : {}) }));
}

;// CONCATENATED MODULE: ./src/services/ecs/metrics.ts
// Amazon ECS metrics: names, dimensions and statistics follow the service's CloudWatch metrics reference.

const ecsService = (r) => {
    const cluster = textAttribute(r, 'cluster');
    return cluster
        ? [
            { Name: 'ClusterName', Value: cluster },
            { Name: 'ServiceName', Value: r.name },
        ]
        : undefined;
};
const ECS_METRICS = [
    // ECS services (AWS/ECS service-level utilisation).
    {
        id: 'ecs_cpu',
        resourceType: 'ecs:service',
        namespace: 'AWS/ECS',
        metricName: 'CPUUtilization',
        stat: 'Average',
        unit: 'percent',
        label: 'CPU utilization',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 80, critical: 90 },
        dimensions: ecsService,
    },
    // Container Insights (only where the cluster has it on): tasks actually running over the window.
    {
        id: 'ecs_running_tasks',
        resourceType: 'ecs:service',
        namespace: 'ECS/ContainerInsights',
        metricName: 'RunningTaskCount',
        stat: 'Minimum',
        unit: 'count',
        label: 'running tasks',
        role: 'health',
        bad: 'down',
        // One task short of the desired count is a warning; none running is critical.
        limitsFor: (r) => {
            const desired = numberAttribute(r, 'desired');
            return desired !== undefined && desired > 0 ? { warn: desired - 1, critical: 0 } : undefined;
        },
        dimensions: ecsService,
        appliesTo: (r) => ['enabled', 'enhanced'].includes(textAttribute(r, 'containerInsights') ?? ''),
    },
    {
        id: 'ecs_memory',
        resourceType: 'ecs:service',
        namespace: 'AWS/ECS',
        metricName: 'MemoryUtilization',
        stat: 'Average',
        unit: 'percent',
        label: 'memory utilization',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 85, critical: 95 },
        dimensions: ecsService,
    },
];

;// CONCATENATED MODULE: ./src/services/ecs/index.ts
// Amazon ECS: clusters and services, their deployments, stopped tasks and awslogs groups.


const ecs_ecsService = {
    id: 'ecs',
    title: 'Amazon ECS',
    inventoryTitle: 'ECS',
    loadCollector: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(212), __nccwpck_require__.e(185)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9185))).ecsCollector,
    resourceTypes: {
        'ecs:cluster': {
            listAttributes: {},
            summary: ({ attributes: a }, { plural }) => `${String(a.activeServices)} service${plural(Number(a.activeServices))}, ${String(a.runningTasks)} task${plural(Number(a.runningTasks))}, insights ${String(a.containerInsights)}`,
        },
        'ecs:service': {
            listAttributes: { targetGroups: ',', logGroups: ',', logStreamPrefixes: ',' },
            summary: ({ attributes: a }, { now, span }) => {
                const rollout = a.rolloutState === 'IN_PROGRESS' && typeof a.deploymentStartedAt === 'string'
                    ? `, deploying for ${span(a.deploymentStartedAt, now)}`
                    : a.rolloutState && a.rolloutState !== 'COMPLETED'
                        ? `, rollout ${String(a.rolloutState)}`
                        : '';
                return `${String(a.running)}/${String(a.desired)} running${rollout}${a.stoppedTasks ? `, ${String(a.stoppedTasks)} stopped` : ''}`;
            },
        },
    },
    metrics: ECS_METRICS,
    logSources: ecsLogSources,
};

;// CONCATENATED MODULE: ./src/services/elasticache/metrics.ts
// Amazon ElastiCache metrics (AWS/ElastiCache), per cache cluster: host-level CPU for every engine,
// engine CPU and memory for Valkey/Redis OSS. Names and statistics follow the ElastiCache user
// guide's "Which metrics should I monitor?"; limits are its recommended alarm levels.

// A Redis OSS or Valkey node is one cache cluster, so CacheClusterId names one node's series;
// for Memcached it is the cluster's aggregate over its nodes.
const cacheCluster = (r) => [{ Name: 'CacheClusterId', Value: r.id }];
// Valkey and Redis OSS run commands on one thread: EngineCPUUtilization is the CPU that matters.
const isRedisLike = (r) => ['redis', 'valkey'].includes(textAttribute(r, 'engine') ?? '');
const ELASTICACHE_METRICS = [
    {
        id: 'elasticache_cpu',
        resourceType: 'elasticache:cache-cluster',
        namespace: 'AWS/ElastiCache',
        metricName: 'CPUUtilization',
        stat: 'Average',
        unit: 'percent',
        label: 'CPU utilization',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 80, critical: 90 },
        dimensions: cacheCluster,
    },
    {
        id: 'elasticache_engine_cpu',
        resourceType: 'elasticache:cache-cluster',
        namespace: 'AWS/ElastiCache',
        metricName: 'EngineCPUUtilization',
        stat: 'Average',
        unit: 'percent',
        label: 'engine CPU utilization',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 80, critical: 90 },
        dimensions: cacheCluster,
        appliesTo: isRedisLike,
    },
    {
        id: 'elasticache_memory',
        resourceType: 'elasticache:cache-cluster',
        namespace: 'AWS/ElastiCache',
        metricName: 'DatabaseMemoryUsagePercentage',
        stat: 'Maximum',
        unit: 'percent',
        label: 'memory used (of maxmemory)',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 80, critical: 90 },
        dimensions: cacheCluster,
        appliesTo: isRedisLike,
    },
    {
        id: 'elasticache_evictions',
        resourceType: 'elasticache:cache-cluster',
        namespace: 'AWS/ElastiCache',
        metricName: 'Evictions',
        stat: 'Sum',
        unit: 'count',
        label: 'keys evicted for memory',
        role: 'errors',
        bad: 'up',
        dimensions: cacheCluster,
    },
    {
        id: 'elasticache_connections',
        resourceType: 'elasticache:cache-cluster',
        namespace: 'AWS/ElastiCache',
        metricName: 'CurrConnections',
        stat: 'Maximum',
        unit: 'count',
        label: 'client connections',
        role: 'traffic',
        bad: 'up',
        dimensions: cacheCluster,
    },
];

;// CONCATENATED MODULE: ./src/services/elasticache/index.ts
// Amazon ElastiCache: replication groups and cache clusters, their status and CloudWatch metrics.

const elasticacheService = {
    id: 'elasticache',
    title: 'Amazon ElastiCache',
    inventoryTitle: 'ElastiCache',
    loadCollector: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(827), __nccwpck_require__.e(511)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4892))).elasticacheCollector,
    resourceTypes: {
        'elasticache:replication-group': {
            listAttributes: {},
            summary: ({ attributes: a }, { plural }) => [a.engine, a.nodeType, `${String(a.shards)} shard${plural(Number(a.shards))}`, a.automaticFailover === 'enabled' ? 'automatic failover' : ''].filter(Boolean).join(', '),
        },
        'elasticache:cache-cluster': {
            listAttributes: { pendingModifications: ',' },
            summary: ({ attributes: a }, { plural }) => [
                `${String(a.engine ?? '')} ${String(a.engineVersion ?? '')}`.trim(),
                typeof a.nodes === 'number' ? `${a.nodes} x ${String(a.nodeType)} node${plural(a.nodes)}` : '',
                a.replicationGroup ? `in ${a.replicationGroup}` : '',
            ]
                .filter(Boolean)
                .join(', '),
        },
    },
    metrics: ELASTICACHE_METRICS,
};

;// CONCATENATED MODULE: ./src/services/elbv2/metrics.ts
// Elastic Load Balancing metrics: names, dimensions and statistics follow the service's CloudWatch metrics reference.

const alb = (r) => {
    const dimension = textAttribute(r, 'metricDimension');
    return dimension && textAttribute(r, 'lbType') === 'application' ? [{ Name: 'LoadBalancer', Value: dimension }] : undefined;
};
const targetGroup = (r) => {
    const group = textAttribute(r, 'metricDimension');
    const lb = textAttribute(r, 'loadBalancerDimension');
    return group && lb?.startsWith('app/')
        ? [
            { Name: 'TargetGroup', Value: group },
            { Name: 'LoadBalancer', Value: lb },
        ]
        : undefined;
};
const ELBV2_METRICS = [
    // Application load balancers.
    {
        id: 'alb_requests',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'RequestCount',
        stat: 'Sum',
        unit: 'count',
        label: 'requests',
        role: 'traffic',
        bad: 'down',
        dimensions: alb,
    },
    {
        id: 'alb_target_5xx',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_Target_5XX_Count',
        stat: 'Sum',
        unit: 'count',
        label: 'target 5xx responses',
        role: 'errors',
        bad: 'up',
        trafficOf: 'alb_requests',
        dimensions: alb,
    },
    {
        id: 'alb_elb_5xx',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_ELB_5XX_Count',
        stat: 'Sum',
        unit: 'count',
        label: 'load balancer 5xx responses',
        role: 'errors',
        bad: 'up',
        trafficOf: 'alb_requests',
        dimensions: alb,
    },
    {
        id: 'alb_target_4xx',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_Target_4XX_Count',
        stat: 'Sum',
        unit: 'count',
        label: 'target 4xx responses',
        role: 'errors',
        bad: 'up',
        trafficOf: 'alb_requests',
        dimensions: alb,
    },
    {
        id: 'alb_elb_4xx',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_ELB_4XX_Count',
        stat: 'Sum',
        unit: 'count',
        label: 'load balancer 4xx responses',
        role: 'errors',
        bad: 'up',
        trafficOf: 'alb_requests',
        dimensions: alb,
    },
    {
        id: 'alb_rejected_connections',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'RejectedConnectionCount',
        stat: 'Sum',
        unit: 'count',
        label: 'rejected connections',
        role: 'health',
        bad: 'up',
        limits: { warn: 1 },
        dimensions: alb,
    },
    {
        id: 'alb_response_time',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'TargetResponseTime',
        stat: 'Average',
        unit: 'seconds',
        label: 'target response time (average)',
        role: 'latency',
        bad: 'up',
        dimensions: alb,
    },
    {
        id: 'alb_response_time_p50',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'TargetResponseTime',
        stat: 'p50',
        unit: 'seconds',
        label: 'target response time p50',
        role: 'latency',
        bad: 'up',
        dimensions: alb,
    },
    {
        id: 'alb_response_time_p90',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'TargetResponseTime',
        stat: 'p90',
        unit: 'seconds',
        label: 'target response time p90',
        role: 'latency',
        bad: 'up',
        dimensions: alb,
    },
    {
        id: 'alb_response_time_p99',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'TargetResponseTime',
        stat: 'p99',
        unit: 'seconds',
        label: 'target response time p99',
        role: 'latency',
        bad: 'up',
        dimensions: alb,
    },
    // Target groups (per service behind the load balancer).
    {
        id: 'tg_requests',
        resourceType: 'elbv2:target-group',
        namespace: 'AWS/ApplicationELB',
        metricName: 'RequestCount',
        stat: 'Sum',
        unit: 'count',
        label: 'requests',
        role: 'traffic',
        bad: 'down',
        dimensions: targetGroup,
    },
    {
        id: 'tg_target_5xx',
        resourceType: 'elbv2:target-group',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_Target_5XX_Count',
        stat: 'Sum',
        unit: 'count',
        label: 'target 5xx responses',
        role: 'errors',
        bad: 'up',
        trafficOf: 'tg_requests',
        dimensions: targetGroup,
    },
    {
        id: 'tg_target_4xx',
        resourceType: 'elbv2:target-group',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_Target_4XX_Count',
        stat: 'Sum',
        unit: 'count',
        label: 'target 4xx responses',
        role: 'errors',
        bad: 'up',
        trafficOf: 'tg_requests',
        dimensions: targetGroup,
    },
    {
        id: 'tg_unhealthy_hosts',
        resourceType: 'elbv2:target-group',
        namespace: 'AWS/ApplicationELB',
        metricName: 'UnHealthyHostCount',
        stat: 'Maximum',
        unit: 'count',
        label: 'unhealthy targets',
        role: 'health',
        bad: 'up',
        limits: { warn: 1 },
        dimensions: targetGroup,
    },
    {
        id: 'tg_response_time',
        resourceType: 'elbv2:target-group',
        namespace: 'AWS/ApplicationELB',
        metricName: 'TargetResponseTime',
        stat: 'Average',
        unit: 'seconds',
        label: 'target response time (average)',
        role: 'latency',
        bad: 'up',
        dimensions: targetGroup,
    },
    {
        id: 'tg_response_time_p99',
        resourceType: 'elbv2:target-group',
        namespace: 'AWS/ApplicationELB',
        metricName: 'TargetResponseTime',
        stat: 'p99',
        unit: 'seconds',
        label: 'target response time p99',
        role: 'latency',
        bad: 'up',
        dimensions: targetGroup,
    },
];

;// CONCATENATED MODULE: ./src/services/elbv2/index.ts
// Elastic Load Balancing v2: load balancers and target groups with their targets' health.

const elbv2Service = {
    id: 'elbv2',
    title: 'Elastic Load Balancing',
    inventoryTitle: 'Load balancing',
    loadCollector: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(586), __nccwpck_require__.e(889)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8889))).elbv2Collector,
    resourceTypes: {
        'elbv2:load-balancer': { listAttributes: {}, summary: ({ attributes: a }) => [a.lbType, a.scheme].filter(Boolean).join(', ') },
        'elbv2:target-group': {
            listAttributes: { loadBalancers: ',', unhealthyReasons: ', ' },
            summary: ({ attributes: a }) => `${String(a.healthyTargets)}/${String(a.targets)} healthy${a.loadBalancers?.length ? `, behind ${a.loadBalancers.join(', ')}` : ''}`,
        },
    },
    metrics: ELBV2_METRICS,
};

;// CONCATENATED MODULE: ./src/services/opensearch/metrics.ts
// Amazon OpenSearch Service metrics: names, dimensions and statistics follow the service's CloudWatch metrics reference.

// OpenSearch metrics are keyed by domain and the owning account id (ClientId).
const domain = (r) => r.account
    ? [
        { Name: 'DomainName', Value: r.id },
        { Name: 'ClientId', Value: r.account },
    ]
    : undefined;
const OPENSEARCH_METRICS = [
    // OpenSearch domains.
    {
        id: 'opensearch_red',
        resourceType: 'opensearch:domain',
        namespace: 'AWS/ES',
        metricName: 'ClusterStatus.red',
        stat: 'Maximum',
        unit: 'count',
        label: 'cluster status red',
        role: 'health',
        bad: 'up',
        limits: { critical: 1 },
        dimensions: domain,
    },
    {
        id: 'opensearch_yellow',
        resourceType: 'opensearch:domain',
        namespace: 'AWS/ES',
        metricName: 'ClusterStatus.yellow',
        stat: 'Maximum',
        unit: 'count',
        label: 'cluster status yellow',
        role: 'health',
        bad: 'up',
        limits: { warn: 1 },
        dimensions: domain,
    },
    {
        id: 'opensearch_free_storage',
        resourceType: 'opensearch:domain',
        namespace: 'AWS/ES',
        metricName: 'FreeStorageSpace',
        stat: 'Minimum',
        unit: 'megabytes',
        label: 'free storage (smallest node)',
        role: 'free-capacity',
        bad: 'down',
        capacity: (r) => {
            const volume = numberAttribute(r, 'ebsVolumeGiB');
            return volume === undefined ? undefined : volume * 1024;
        },
        dimensions: domain,
    },
    {
        id: 'opensearch_cpu',
        resourceType: 'opensearch:domain',
        namespace: 'AWS/ES',
        metricName: 'CPUUtilization',
        stat: 'Maximum',
        unit: 'percent',
        label: 'CPU utilization (busiest node)',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 80, critical: 95 },
        dimensions: domain,
    },
    {
        id: 'opensearch_jvm_pressure',
        resourceType: 'opensearch:domain',
        namespace: 'AWS/ES',
        metricName: 'JVMMemoryPressure',
        stat: 'Maximum',
        unit: 'percent',
        label: 'JVM memory pressure',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 80, critical: 92 },
        dimensions: domain,
    },
    {
        id: 'opensearch_5xx',
        resourceType: 'opensearch:domain',
        namespace: 'AWS/ES',
        metricName: '5xx',
        stat: 'Sum',
        unit: 'count',
        label: '5xx responses',
        role: 'errors',
        bad: 'up',
        dimensions: domain,
    },
    {
        id: 'opensearch_write_rejected',
        resourceType: 'opensearch:domain',
        namespace: 'AWS/ES',
        metricName: 'ThreadpoolWriteRejected',
        stat: 'Sum',
        unit: 'count',
        label: 'rejected writes',
        role: 'errors',
        bad: 'up',
        dimensions: domain,
    },
];

;// CONCATENATED MODULE: ./src/services/opensearch/index.ts
// Amazon OpenSearch Service: domains, their processing state and cluster health metrics.

const opensearchService = {
    id: 'opensearch',
    title: 'Amazon OpenSearch Service',
    inventoryTitle: 'OpenSearch',
    loadCollector: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(445), __nccwpck_require__.e(438)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8438))).opensearchCollector,
    resourceTypes: {
        'opensearch:domain': {
            listAttributes: { logPublishing: ',' },
            summary: ({ attributes: a }) => [a.engineVersion, a.instanceCount && a.instanceType ? `${String(a.instanceCount)} x ${String(a.instanceType)}` : ''].filter(Boolean).join(', '),
        },
    },
    metrics: OPENSEARCH_METRICS,
};

;// CONCATENATED MODULE: ./src/services/rds/log-sources.ts
// RDS publishes each exported log to /aws/rds/<instance|cluster>/<id>/<log>.
// RDS exports worth reading for problems; general, audit and slow-query logs are volume, not errors.
const RDS_ERROR_LOGS = {
    postgresql: 'rds-postgresql',
    error: 'rds-mysql',
    'iam-db-auth-error': 'application',
};
function rdsLogSources(resource) {
    // Members of an Aurora cluster publish to the cluster's groups.
    if (resource.type === 'rds:instance' && resource.attributes.clusterId)
        return [];
    const claims = [];
    for (const logGroup of resource.attributes.logGroups ?? []) {
        const kind = RDS_ERROR_LOGS[logGroup.slice(logGroup.lastIndexOf('/') + 1)];
        if (kind)
            claims.push({ logGroup, kind });
    }
    return claims;
}

;// CONCATENATED MODULE: ./src/services/rds/metrics.ts
// Amazon RDS metrics: names, dimensions and statistics follow the service's CloudWatch metrics reference.

const rdsInstance = (r) => [{ Name: 'DBInstanceIdentifier', Value: r.id }];
const rdsCluster = (r) => [{ Name: 'DBClusterIdentifier', Value: r.id }];
const isAurora = (r) => textAttribute(r, 'engine')?.startsWith('aurora') === true;
const GIB = 1024 ** 3;
const RDS_METRICS = [
    // RDS instances (Aurora instances report storage per cluster, so FreeStorageSpace is skipped for them).
    {
        id: 'rds_cpu',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'CPUUtilization',
        stat: 'Average',
        unit: 'percent',
        label: 'CPU utilization',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 80, critical: 90 },
        dimensions: rdsInstance,
    },
    {
        id: 'rds_free_storage',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'FreeStorageSpace',
        stat: 'Minimum',
        unit: 'bytes',
        label: 'free storage',
        role: 'free-capacity',
        bad: 'down',
        capacity: (r) => {
            const allocated = numberAttribute(r, 'allocatedStorageGiB');
            return allocated === undefined ? undefined : allocated * GIB;
        },
        dimensions: rdsInstance,
        appliesTo: (r) => !isAurora(r),
    },
    {
        id: 'rds_freeable_memory',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'FreeableMemory',
        stat: 'Minimum',
        unit: 'bytes',
        label: 'freeable memory',
        role: 'free-capacity',
        bad: 'down',
        dimensions: rdsInstance,
    },
    {
        id: 'rds_connections',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'DatabaseConnections',
        stat: 'Maximum',
        unit: 'count',
        label: 'database connections',
        role: 'traffic',
        bad: 'up',
        dimensions: rdsInstance,
    },
    {
        id: 'rds_read_latency',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'ReadLatency',
        stat: 'Average',
        unit: 'seconds',
        label: 'read latency',
        role: 'latency',
        bad: 'up',
        dimensions: rdsInstance,
    },
    {
        id: 'rds_write_latency',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'WriteLatency',
        stat: 'Average',
        unit: 'seconds',
        label: 'write latency',
        role: 'latency',
        bad: 'up',
        dimensions: rdsInstance,
    },
    {
        id: 'rds_disk_queue',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'DiskQueueDepth',
        stat: 'Average',
        unit: 'count',
        label: 'disk queue depth',
        role: 'latency',
        bad: 'up',
        dimensions: rdsInstance,
        appliesTo: (r) => !isAurora(r),
    },
    {
        id: 'rds_replica_lag',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'ReplicaLag',
        stat: 'Maximum',
        unit: 'seconds',
        label: 'replica lag',
        role: 'health',
        bad: 'up',
        limits: { warn: 60, critical: 300 },
        dimensions: rdsInstance,
        appliesTo: (r) => textAttribute(r, 'role') === 'replica',
    },
    {
        id: 'rds_network_in',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'NetworkReceiveThroughput',
        stat: 'Average',
        unit: 'bytes/second',
        label: 'network in',
        role: 'traffic',
        bad: 'up',
        dimensions: rdsInstance,
    },
    {
        id: 'rds_network_out',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'NetworkTransmitThroughput',
        stat: 'Average',
        unit: 'bytes/second',
        label: 'network out',
        role: 'traffic',
        bad: 'up',
        dimensions: rdsInstance,
    },
    // Aurora clusters.
    {
        id: 'aurora_cpu',
        resourceType: 'rds:cluster',
        namespace: 'AWS/RDS',
        metricName: 'CPUUtilization',
        stat: 'Average',
        unit: 'percent',
        label: 'CPU utilization',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 80, critical: 90 },
        dimensions: rdsCluster,
    },
    {
        id: 'aurora_freeable_memory',
        resourceType: 'rds:cluster',
        namespace: 'AWS/RDS',
        metricName: 'FreeableMemory',
        stat: 'Minimum',
        unit: 'bytes',
        label: 'freeable memory',
        role: 'free-capacity',
        bad: 'down',
        dimensions: rdsCluster,
    },
    {
        id: 'aurora_connections',
        resourceType: 'rds:cluster',
        namespace: 'AWS/RDS',
        metricName: 'DatabaseConnections',
        stat: 'Maximum',
        unit: 'count',
        label: 'database connections',
        role: 'traffic',
        bad: 'up',
        dimensions: rdsCluster,
    },
    {
        id: 'aurora_commit_latency',
        resourceType: 'rds:cluster',
        namespace: 'AWS/RDS',
        metricName: 'CommitLatency',
        stat: 'Average',
        unit: 'milliseconds',
        label: 'commit latency',
        role: 'latency',
        bad: 'up',
        dimensions: rdsCluster,
    },
    {
        id: 'aurora_replica_lag',
        resourceType: 'rds:cluster',
        namespace: 'AWS/RDS',
        metricName: 'AuroraReplicaLagMaximum',
        stat: 'Maximum',
        unit: 'milliseconds',
        label: 'replica lag',
        role: 'health',
        bad: 'up',
        limits: { warn: 1_000, critical: 10_000 },
        dimensions: rdsCluster,
    },
];

;// CONCATENATED MODULE: ./src/services/rds/index.ts
// Amazon RDS and Aurora: instances and clusters, maintenance, events and exported logs.


// Version 5 joined the actions with commas and their descriptions with semicolons.
const MAINTENANCE_LISTS = { pendingMaintenance: ',', pendingMaintenanceDescription: '; ' };
const rdsService = {
    id: 'rds',
    title: 'Amazon RDS',
    inventoryTitle: 'RDS',
    loadCollector: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(202), __nccwpck_require__.e(467)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1467))).rdsCollector,
    resourceTypes: {
        'rds:instance': {
            listAttributes: { ...MAINTENANCE_LISTS, enabledLogExports: ',', logGroups: ',', pendingModifications: ',' },
            summary: ({ attributes: a }) => [`${String(a.engine ?? '')} ${String(a.engineVersion ?? '')}`.trim(), a.role, a.multiAZ ? 'multi-AZ' : ''].filter(Boolean).join(', '),
        },
        'rds:cluster': {
            listAttributes: { ...MAINTENANCE_LISTS, enabledLogExports: ',', logGroups: ',' },
            summary: ({ attributes: a }, { plural }) => [`${String(a.engine ?? '')} ${String(a.engineVersion ?? '')}`.trim(), `${String(a.members)} member${plural(Number(a.members))}`].filter(Boolean).join(', '),
        },
    },
    metrics: RDS_METRICS,
    logSources: rdsLogSources,
};

;// CONCATENATED MODULE: ./src/services/wafv2/log-sources.ts
// A web ACL's logging configuration names its log group (aws-waf-logs-*).
function wafv2LogSources(resource) {
    const logGroup = resource.attributes.logGroup;
    return logGroup ? [{ logGroup, kind: 'waf' }] : [];
}

;// CONCATENATED MODULE: ./src/services/wafv2/index.ts
// AWS WAF (v2): web ACLs, their logging configuration and what they protect.

const wafv2Service = {
    id: 'wafv2',
    title: 'AWS WAF',
    inventoryTitle: 'WAF',
    loadCollector: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(213), __nccwpck_require__.e(905)]).then(__nccwpck_require__.bind(__nccwpck_require__, 286))).wafv2Collector,
    resourceTypes: {
        'wafv2:web-acl': {
            listAttributes: { loadBalancers: ',' },
            summary: ({ attributes: a }) => [
                a.logGroup ? `logs to ${a.logGroup}` : a.loggingEnabled ? 'logging on' : 'logging off',
                typeof a.associatedLoadBalancers === 'number' ? `${a.associatedLoadBalancers} load balancers` : '',
            ]
                .filter(Boolean)
                .join(', '),
        },
    },
    metrics: [],
    logSources: wafv2LogSources,
};

;// CONCATENATED MODULE: ./src/services/registry.ts
// Every AWS service the scan knows, one line each. Adding a service: a folder with its module
// (attributes, metrics, log sources, resource types, collector) and one line here; resource types,
// their attribute types, the metric catalog, log-source discovery, the inventory and the report
// schema's type enum follow from it. Pure: no AWS SDK is loaded until a collector runs.








const REGISTERED = [ecs_ecsService, elbv2Service, rdsService, opensearchService, dmsService, wafv2Service, cloudformationService, elasticacheService];
const SERVICES = REGISTERED;
/**
 * Collectors in registry order: the services a scan can read (`services = ...`). Each loads its
 * service's collector, and with it the AWS SDK client, the first time a scan collects.
 */
const COLLECTORS = SERVICES.map((service) => ({
    id: service.id,
    title: service.title,
    collect: async (context) => (await service.loadCollector()).collect(context),
}));
/** Log groups the user names in `[logs] extra_log_groups`: no service owns them. */
const LOG_GROUP_TYPE = 'logs:log-group';
const specsOf = (service) => Object.entries(service.resourceTypes).map(([type, spec]) => [type, spec]);
/** Every resource type a report can hold; the JSON schema's enum must equal it. */
const RESOURCE_TYPES = [...SERVICES.flatMap((service) => specsOf(service).map(([type]) => type)), LOG_GROUP_TYPE];
const SERVICE_BY_TYPE = new Map(SERVICES.flatMap((service) => specsOf(service).map(([type]) => [type, service])));
const SPEC_BY_TYPE = new Map([...SERVICES.flatMap(specsOf), [LOG_GROUP_TYPE, { listAttributes: {} }]]);
// The inventory groups by the type's prefix (rds of rds:instance): its heading per prefix.
const TITLE_BY_PREFIX = new Map([
    ...SERVICES.flatMap((service) => specsOf(service).map(([type]) => [prefixOf(type), service.inventoryTitle])),
    ['logs', 'CloudWatch Logs'],
]);
/** The service module that collects resources of this type (none for log groups). */
function serviceOf(type) {
    return SERVICE_BY_TYPE.get(type);
}
/** What the registry says about a type: its summary and list attributes (undefined: a type this version does not know). */
function resourceTypeSpec(type) {
    return SPEC_BY_TYPE.get(type);
}
/** The inventory heading for a type prefix (`rds` -> RDS); the prefix itself when unknown (a merged report from a newer version). */
function inventoryTitle(prefix) {
    return TITLE_BY_PREFIX.get(prefix) ?? prefix;
}
function prefixOf(type) {
    return type.slice(0, type.indexOf(':'));
}


/***/ }),

/***/ 5319:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ logCounters),
/* harmony export */   a1: () => (/* binding */ patternCounterId),
/* harmony export */   eq: () => (/* binding */ keepCounter)
/* harmony export */ });
/* unused harmony export caseFolded */
// What the engines count and keep for the log detectors, built from config. Pure.
//
// Every pattern here must run in JavaScript and in Logs Insights (an RE2-style engine): no
// lookaround, no backreferences; and it must not backtrack badly over a long line.
// Structured loggers (JSON) write the level as a field, in any case, or as a pino/bunyan number.
const STRUCTURED_ERROR = '"(?:level|severity|levelname|log\\.level|lvl)"\\s*:\\s*(?:"(?:[Ee]rror|ERROR|[Ff]atal|FATAL|[Cc]ritical|CRITICAL|[Pp]anic|PANIC|[Ee]merg\\w*|EMERG\\w*|[Aa]lert|ALERT|err|ERR|crit|CRIT)"|[56]0\\b)';
// DMS task logs write the severity as one letter after the component: ]E: (and sometimes ] E:).
const DMS_ERROR = '\\] ?E:';
// Lines that carry a stack trace's frames and headers, kept so traces can be re-joined (only error
// lines and these are read back, never the whole log).
const TRACE_LINES = '^\\s+(?:at |File "|from |#\\d|\\.\\.\\. \\d+ (?:more|common frames)|--- End of)|^(?:Caused by|Traceback|panic: |goroutine \\d|Exception in thread|Unhandled exception|\\[stack\\])|^[\\w.$]*(?:Error|Exception|Exit|Interrupt)\\b|\\.go:\\d+|^\\s*\\S+\\.(?:rb|php|dart):\\d+';
// HTTP status in an ALB access log line (9th field), a common/combined access line, or a JSON field.
const ALB_LINE = '^(?:https?|h2|grpcs|wss?) \\S+ \\S+ \\S+ \\S+ \\S+ \\S+ \\S+ ';
const statusPattern = (digit) => `${ALB_LINE}${digit} |" ${digit} \\d|"(?:status|statusCode|status_code|httpStatus|http_status)"\\s*:\\s*"?${digit}\\b`;
const WAF_BLOCK = '"action"\\s*:\\s*"BLOCK"';
function patternCounterId(name) {
    return `pattern:${name}`;
}
/** The counters each source gets, keyed by the ids the log detectors read. */
function logCounters(config) {
    return [
        { id: 'total' },
        { id: 'errors', pattern: errorLines(config).map(group).join('|') },
        { id: 'http_requests', pattern: statusPattern('\\d{3}') },
        { id: 'http_5xx', pattern: statusPattern('5\\d\\d') },
        { id: 'http_4xx', pattern: statusPattern('4\\d\\d') },
        { id: 'waf_block', pattern: WAF_BLOCK },
        ...config.patterns.map((p) => ({ id: patternCounterId(p.name), pattern: p.regex, ...(p.ignoreCase ? { ignoreCase: true } : {}) })),
    ];
}
/** What counts as an error line: the configured patterns, structured levels and DMS ]E: lines. */
function errorLines(config) {
    return [...config.errorPatterns, STRUCTURED_ERROR, DMS_ERROR];
}
/** Events returned verbatim: errors, trace lines, HTTP errors, WAF blocks, and the user's patterns. */
function keepCounter(config) {
    const patterns = [
        ...errorLines(config),
        TRACE_LINES,
        statusPattern('[45]\\d\\d'),
        WAF_BLOCK,
        // RDS: PostgreSQL FATAL/PANIC/ERROR and MySQL [ERROR] are covered by the default error patterns.
        ...config.patterns.filter((p) => !p.ignoreCase).map((p) => p.regex),
        // Case-insensitive user patterns, spelled out ([eE][rR]...): one shared keep pattern cannot carry a flag for part of it.
        ...config.patterns.filter((p) => p.ignoreCase).map((p) => caseFolded(p.regex)),
    ];
    return { id: 'keep', pattern: patterns.map(group).join('|') };
}
/** Letters outside escapes and [...] classes become [xX]; classes keep their letters as written. */
function caseFolded(pattern) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length; i += 1) {
        const c = pattern[i];
        if (c === '\\') {
            out += c + (pattern[i + 1] ?? '');
            i += 1;
        }
        else if (inClass) {
            if (c === ']')
                inClass = false;
            out += c;
        }
        else if (c === '[') {
            inClass = true;
            out += c;
        }
        else if (c === '(' && pattern[i + 1] === '?') {
            // (?: and (?<name> are syntax, not text.
            const end = pattern[i + 2] === '<' ? pattern.indexOf('>', i) : i + 2;
            out += pattern.slice(i, end + 1);
            i = end;
        }
        else if (c === '{') {
            // Quantifier braces hold digits only; copy them through.
            const end = pattern.indexOf('}', i);
            out += end === -1 ? c : pattern.slice(i, end + 1);
            if (end !== -1)
                i = end;
        }
        else if (/[a-z]/i.test(c))
            out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
        else
            out += c;
    }
    return out;
}
function group(pattern) {
    return `(?:${pattern})`;
}


/***/ }),

/***/ 191:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ METRIC_CATALOG),
/* harmony export */   fZ: () => (/* binding */ metricsFor),
/* harmony export */   iA: () => (/* binding */ absentMeansZero)
/* harmony export */ });
/* harmony import */ var _services_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8093);
// Which CloudWatch metrics each resource type is judged on: every service module's rows
// (src/services/<service>/metrics.ts, shape in metric-spec.ts), and which apply to one resource.

/** Every service's metric rows, in registry order. */
const METRIC_CATALOG = _services_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg.flatMap((service) => service.metrics);
/** The catalog's metrics that apply to this resource, with its dimensions. */
function metricsFor(resource, catalog = METRIC_CATALOG) {
    const out = [];
    for (const spec of catalog) {
        if (spec.resourceType !== resource.type || (spec.appliesTo && !spec.appliesTo(resource)))
            continue;
        const dimensions = spec.dimensions(resource);
        if (dimensions)
            out.push({ spec, dimensions });
    }
    return out;
}
/**
 * Whether a period without a point means zero: CloudWatch publishes a Sum of events (requests, 5xx,
 * rejected writes) only for periods that had some. Any other statistic is a gauge, unknown when absent.
 */
function absentMeansZero(spec) {
    return spec.stat === 'Sum';
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Kept equal to package.json's version by a test; a constant keeps start-up free of file reads.
const VERSION = '0.1.0';


/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 8909:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(9154);
const { Command } = __nccwpck_require__(4348);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(1135);
const { Help } = __nccwpck_require__(9754);
const { Option } = __nccwpck_require__(5240);

exports.DM = new Command();

exports.gu = (name) => new Command(name);
exports.Ww = (flags, description) => new Option(flags, description);
exports.er = (name, description) => new Argument(name, description);

/**
 * Expose classes
 */

exports.uB = Command;
exports.c$ = Option;
exports.ef = Argument;
exports._V = Help;

exports.b7 = CommanderError;
exports.Di = InvalidArgumentError;
exports.a2 = InvalidArgumentError; // Deprecated


/***/ }),

/***/ 9154:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

exports.Argument = Argument;
exports.humanReadableArgName = humanReadableArgName;


/***/ }),

/***/ 4348:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(8474).EventEmitter);
const childProcess = __nccwpck_require__(1421);
const path = __nccwpck_require__(6760);
const fs = __nccwpck_require__(3024);
const process = __nccwpck_require__(1708);

const { Argument, humanReadableArgName } = __nccwpck_require__(9154);
const { CommanderError } = __nccwpck_require__(1135);
const { Help, stripColor } = __nccwpck_require__(9754);
const { Option, DualOptions } = __nccwpck_require__(5240);
const { suggestSimilar } = __nccwpck_require__(5030);

class Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => process.stdout.write(str),
      writeErr: (str) => process.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        process.stdout.isTTY ? process.stdout.columns : undefined,
      getErrHelpWidth: () =>
        process.stderr.isTTY ? process.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
      stripColor: (str) => stripColor(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    process.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.negate) {
      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
      const positiveLongFlag = option.long.replace(/^--no-/, '--');
      if (!this._findOption(positiveLongFlag)) {
        this.setOptionValueWithSource(
          name,
          option.defaultValue === undefined ? true : option.defaultValue,
          'default',
        );
      }
    } else if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (cmd.getOptionValueSource(key) !== undefined) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (process.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = process.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = process.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (process.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    if (this._savedState === null) {
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(path.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        fs.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    launchWithNode = sourceExt.includes(path.extname(executableFile));

    let proc;
    if (process.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(process.execArgv).concat(args);

        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(process.execArgv).concat(args);
      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        process.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        process.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:);
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or require.main.filename, or __filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(require.main.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(__dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help' 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-port=[host:]port
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
    ) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // e.g. --inspect=localhost
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
    ) {
      // e.g. --inspect=localhost:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    process.env.NO_COLOR ||
    process.env.FORCE_COLOR === '0' ||
    process.env.FORCE_COLOR === 'false'
  )
    return false;
  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

exports.Command = Command;
exports.useColor = useColor; // exporting for tests


/***/ }),

/***/ 1135:
/***/ ((__unused_webpack_module, exports) => {

/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

exports.CommanderError = CommanderError;
exports.InvalidArgumentError = InvalidArgumentError;


/***/ }),

/***/ 9754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(9154);

/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripColor(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

/**
 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
 *
 * @param {string} str
 * @returns {string}
 * @package
 */

function stripColor(str) {
  // eslint-disable-next-line no-control-regex
  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
  return str.replace(sgrPattern, '');
}

exports.Help = Help;
exports.stripColor = stripColor;


/***/ }),

/***/ 5240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

exports.Option = Option;
exports.DualOptions = DualOptions;


/***/ }),

/***/ 5030:
/***/ ((__unused_webpack_module, exports) => {

const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost = 1;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

exports.suggestSimilar = suggestSimilar;


/***/ }),

/***/ 8700:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(4028)
const { types } = __nccwpck_require__(4028)

/**
 * @param {*} node
 * @param {object} opts
 * @param {number} opts.reps - The number of repetitions encountered
 * @param {number} opts.limit - The maximum number of repetitions allowed
 * @param {number} starHeight - The current height of the star in the regex tree
 * @returns {boolean}
 */
function walk (node, opts, starHeight) {
  let i
  let ok
  let len

  if (node.type === types.REPETITION) {
    starHeight++
    opts.reps++
    if (starHeight > 1) return false
    if (opts.reps > opts.limit) return false
  }

  const options = node.options || node.value?.options
  if (options) {
    for (i = 0, len = options.length; i < len; i++) {
      ok = walk({ stack: options[i] }, opts, starHeight)
      if (!ok) return false
    }
  }
  const stack = node.stack || node.value?.stack
  if (!stack) return true

  for (i = 0, len = stack.length; i < len; i++) {
    ok = walk(stack[i], opts, starHeight)
    if (!ok) return false
  }

  return true
}

/**
 * @param {string|RegExp} re - The regular expression to check, can be a string or RegExp object
 * @param {object} [options]
 * @param {number} [options.limit=25] - The maximum number of repetitions allowed
 * @returns {boolean} - Returns true if the regex is safe, false if it is unsafe or invalid
 */
function safeRegex (re, options) {
  const opts = {
    reps: 0,
    limit: options?.limit ?? 25
  }

  if (isRegExp(re)) re = re.source
  else if (typeof re !== 'string') re = String(re)

  try {
    return walk(parse(re), opts, 0)
  } catch {
    return false
  }
}

/**
 * @param {*} x
 * @returns {x is RegExp}
 */
function isRegExp (x) {
  return Object.prototype.toString.call(x) === '[object RegExp]'
}

module.exports = safeRegex
module.exports["default"] = safeRegex
module.exports.safeRegex = safeRegex


/***/ }),

/***/ 8179:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Di: () => (/* binding */ InvalidArgumentError),
/* harmony export */   b7: () => (/* binding */ CommanderError),
/* harmony export */   c$: () => (/* binding */ Option),
/* harmony export */   uB: () => (/* binding */ Command)
/* harmony export */ });
/* unused harmony exports program, createCommand, createArgument, createOption, InvalidOptionArgumentError, Argument, Help */
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8909);


// wrapper to provide named exports for ESM.
const {
  /* program */ "DM": program,
  /* createCommand */ "gu": createCommand,
  /* createArgument */ "er": createArgument,
  /* createOption */ "Ww": createOption,
  /* CommanderError */ "b7": CommanderError,
  /* InvalidArgumentError */ "Di": InvalidArgumentError,
  /* InvalidOptionArgumentError */ "a2": InvalidOptionArgumentError, // deprecated old name
  /* Command */ "uB": Command,
  /* Argument */ "ef": Argument,
  /* Option */ "c$": Option,
  /* Help */ "_V": Help,
} = _index_js__WEBPACK_IMPORTED_MODULE_0__;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/cli/io.ts
var io = __nccwpck_require__(1604);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __nccwpck_require__(8179);
// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __nccwpck_require__(8098);
// EXTERNAL MODULE: ./src/config/schema.ts + 18 modules
var schema = __nccwpck_require__(598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __nccwpck_require__(6867);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __nccwpck_require__(8551);
// EXTERNAL MODULE: ./src/cli/global-options.ts + 6 modules
var global_options = __nccwpck_require__(7724);
;// CONCATENATED MODULE: ./src/cli/main.ts
// Parses argv and dispatches. Commands are imported lazily so --help and --version start fast.









const COMMANDS = ['report', 'watch', 'gate', 'merge', 'matrix', 'detect-series', 'group-logs', 'split-traces', 'help'];
// The formats every renderer registry knows, html included.
const FORMATS = [...schema/* OUTPUT_FORMATS */.DS];
async function main(argv, io) {
    let exitCode = exit_codes/* EXIT */.d.ok;
    const program = (0,global_options/* addGlobalOptions */.bk)(new esm/* Command */.uB('aws-monitor'))
        .description('Scan a production AWS account and print one report of what is wrong.')
        .version(version/* VERSION */.x, '-v, --version')
        .exitOverride()
        .configureOutput({
        writeOut: (text) => io.stdout.write(text),
        writeErr: (text) => io.stderr.write(text),
    })
        .showHelpAfterError(`(commands: ${COMMANDS.filter((c) => c !== 'help').join(', ')}; aws-monitor --help for usage)`)
        .addHelpText('after', `
Global options work before or after the command: aws-monitor --profile prod report = aws-monitor report --profile prod.
Exit codes: 0 checked, nothing at or above fail-on (gate: pass); 1 findings at or above fail-on (gate: fail);
2 the tool could not run or could not check (configuration, credentials, AWS unreachable);
3 nothing to judge (an empty scope without [scan] allow_empty; gate: inconclusive).
Settings come from config.ini (see config.example.ini), AWS_MONITOR_<SECTION>_<KEY> variables and flags.`);
    // Each command runs with the global flags merged into its own, and under --quiet a silent stderr.
    const run = (handler) => async (options, command) => {
        const all = { ...command.optsWithGlobals(), ...options };
        exitCode = await handler(all, all.quiet ? (0,global_options/* quietIo */.Zh)(io) : io);
    };
    program
        .command('report')
        .description('scan the account and write the report (the default command)')
        .option('--since <duration>', 'window ending now, e.g. 30m, 24h, 7d (at most 90d)')
        .option('--from <time>', 'window start, ISO-8601 (with --to, or up to now)')
        .option('--to <time>', 'window end, ISO-8601')
        .addOption(new esm/* Option */.c$('-f, --format <format>', 'output format').choices(FORMATS))
        .addOption((0,global_options/* outputOption */.xO)())
        .addOption(new esm/* Option */.c$('--fail-on <severity>', 'exit 1 when a finding is at or above this').choices([...model/* SEVERITIES */.oC, 'never']))
        .option('--services <list>', 'comma-separated services to scan, e.g. ecs,cloudformation')
        .option('--deadline <duration>', 'write the report with what was gathered after this long, e.g. 5m (default 2m + 1m per day of window, at most 15m)')
        .addOption(new esm/* Option */.c$('--min-severity <severity>', 'list findings at or above this (the rest are counted)').choices([...model/* SEVERITIES */.oC]))
        .option('--allow-empty', 'exit 0 when nothing is in scope (the report still says empty)')
        .option('--github-issues <owner/repo>', 'keep one issue per open finding in this repository (token from GITHUB_TOKEN; GITHUB_API_URL for GitHub Enterprise)')
        .addOption(new esm/* Option */.c$('--github-issues-min-severity <severity>', 'the lowest severity that gets an issue (default high)').choices([...model/* SEVERITIES */.oC]))
        .option('--account <id-or-name>', 'scan only this account of [organization] or the [account:NAME] sections, in --region only (one job of a matrix)')
        // Run history (issue 21): compare with a previous run's JSON report.
        .option('--baseline <file>', "a previous run's JSON report: mark findings new or ongoing and list the resolved ones")
        .addOption(new esm/* Option */.c$('--fail-on-new <severity>', 'exit 1 only when a new finding is at or above this (every finding is new without --baseline)').choices([...model/* SEVERITIES */.oC]))
        .action(run(async (options, commandIo) => {
        const { reportCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(330), __nccwpck_require__.e(915), __nccwpck_require__.e(892), __nccwpck_require__.e(192), __nccwpck_require__.e(735), __nccwpck_require__.e(72), __nccwpck_require__.e(818), __nccwpck_require__.e(484), __nccwpck_require__.e(852), __nccwpck_require__.e(920)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7920));
        return reportCommand(options, commandIo);
    }));
    // Run history (issue 21): the daemon of a container service.
    program
        .command('watch')
        .description('scan on and on: the first report in full, then only what changed (new and resolved findings); SIGTERM stops it')
        .option('--every <duration>', 'time from the start of one scan to the next, 1m to 24h (default 5m)')
        .option('--since <duration>', 'each scan looks at the window this long ending now (default [scan] since, else 24h)')
        .addOption(new esm/* Option */.c$('-f, --format <format>', 'format of the first report; changes are text lines, or JSON lines with json').choices(FORMATS))
        .option('--services <list>', 'comma-separated services to scan, e.g. ecs,cloudformation')
        .addOption(new esm/* Option */.c$('--min-severity <severity>', 'list findings at or above this in the first report').choices([...model/* SEVERITIES */.oC]))
        .addOption(new esm/* Option */.c$('--fail-on <severity>', 'the severity a report is failing at').choices([...model/* SEVERITIES */.oC, 'never']))
        .action(run(async (options, commandIo) => {
        const { watchCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(330), __nccwpck_require__.e(915), __nccwpck_require__.e(192), __nccwpck_require__.e(735), __nccwpck_require__.e(72), __nccwpck_require__.e(818), __nccwpck_require__.e(484), __nccwpck_require__.e(852), __nccwpck_require__.e(378)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7378));
        return watchCommand(options, commandIo);
    }));
    program
        .command('gate')
        .description("judge a service's latest deploy: its metrics and errors after it against before it (and a week earlier); exit 0 pass, 1 fail, 3 inconclusive")
        .requiredOption('--cluster <name>', 'ECS cluster')
        .requiredOption('--service <name>', 'ECS service')
        .option('--deploy-time <time>', "the deploy, ISO-8601 with a zone, e.g. 2026-11-25T10:00:00Z (default: --stack's last update, else the service's latest deployment)")
        .option('--stack <name>', 'the CloudFormation stack the deploy updated: its last update is the deploy time')
        .option('--window <duration>', 'length of the windows before and after the deploy (default 30m, [gate] window)')
        .option('--watch <duration>', 'keep checking this long, until the verdict holds 3 checks (a fail stops at once; inconclusive keeps waiting)')
        .option('--interval <duration>', 'time between checks with --watch (default 1m)')
        .option('--deadline <duration>', 'give up after this long in all (default 2m, plus --watch)')
        .addOption(new esm/* Option */.c$('-f, --format <format>', 'output format').choices(FORMATS))
        .addOption((0,global_options/* outputOption */.xO)())
        .action(run(async (options, commandIo) => {
        const { gateCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(330), __nccwpck_require__.e(915), __nccwpck_require__.e(212), __nccwpck_require__.e(805), __nccwpck_require__.e(586), __nccwpck_require__.e(192), __nccwpck_require__.e(735), __nccwpck_require__.e(72), __nccwpck_require__.e(818), __nccwpck_require__.e(660)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6660));
        return gateCommand(options, commandIo);
    }));
    program
        .command('merge <reports...>')
        .description('combine the JSON reports of several jobs (one per account and region) into one report')
        .addOption(new esm/* Option */.c$('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
        .addOption((0,global_options/* outputOption */.xO)())
        .addOption(new esm/* Option */.c$('--fail-on <severity>', "exit 1 when a finding is at or above this (default: the reports' own)").choices([...model/* SEVERITIES */.oC, 'never']))
        .addOption(new esm/* Option */.c$('--min-severity <severity>', 'list findings at or above this (the rest are counted)').choices([...model/* SEVERITIES */.oC]))
        .option('--allow-empty', 'exit 0 when no report had anything in scope')
        .action(async (files, options, command) => {
        await run(async (all, commandIo) => {
            const { mergeCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(892), __nccwpck_require__.e(192), __nccwpck_require__.e(484), __nccwpck_require__.e(317)]).then(__nccwpck_require__.bind(__nccwpck_require__, 317));
            return mergeCommand(files, all, commandIo);
        })(options, command);
    });
    program
        .command('matrix')
        .description('print the accounts and regions to scan ([organization], [account:NAME]) as a GitHub Actions matrix: {"include":[{"account","name","region"}]}')
        .addOption((0,global_options/* outputOption */.xO)('the matrix JSON'))
        .action(run(async (options, commandIo) => {
        const { matrixCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(330), __nccwpck_require__.e(471), __nccwpck_require__.e(103)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7103));
        return matrixCommand(options, commandIo);
    }));
    program
        .command('detect-series <file>')
        .description('score a timestamp,value CSV with the metric detector (default settings); writes timestamp,value,score,is_anomaly')
        .addOption((0,global_options/* outputOption */.xO)('the CSV'))
        .action(async (file, options, command) => {
        await run(async (all, commandIo) => {
            const { detectSeriesCommand } = await __nccwpck_require__.e(/* import() */ 793).then(__nccwpck_require__.bind(__nccwpck_require__, 2793));
            return detectSeriesCommand(file, all, commandIo);
        })(options, command);
    });
    program
        .command('group-logs <file>')
        .description('group one log message per line into signatures; writes LineId,PredictedGroupId')
        .addOption((0,global_options/* outputOption */.xO)('the CSV'))
        .action(async (file, options, command) => {
        await run(async (all, commandIo) => {
            const { groupLogsCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(735), __nccwpck_require__.e(768)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8768));
            return groupLogsCommand(file, all, commandIo);
        })(options, command);
    });
    program
        .command('split-traces <file>')
        .description('re-join stack traces split into one log event per line; writes {"trace_of_line": [...]}')
        .addOption((0,global_options/* outputOption */.xO)('the JSON'))
        .action(async (file, options, command) => {
        await run(async (all, commandIo) => {
            const { splitTracesCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(72), __nccwpck_require__.e(564)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9564));
            return splitTracesCommand(file, all, commandIo);
        })(options, command);
    });
    try {
        await program.parseAsync(withDefaultCommand(argv), { from: 'user' });
        return exitCode;
    }
    catch (error) {
        if (error instanceof esm/* CommanderError */.b7) {
            return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) ? exit_codes/* EXIT */.d.ok : exit_codes/* EXIT */.d.toolError;
        }
        return reportError(error, io, argv.includes('--debug'));
    }
}
/**
 * `report` is the command when none is named (`aws-monitor`, `aws-monitor --since 1h`), but an
 * unknown word stays a command so commander can say it is unknown, instead of "too many arguments
 * for report". Global flags may come first: `aws-monitor --profile prod gate ...`.
 */
function withDefaultCommand(argv) {
    let i = 0;
    while (i < argv.length) {
        const token = argv[i];
        const flag = token.split('=')[0];
        if (global_options/* GLOBAL_VALUE_FLAGS */.e8.includes(flag))
            i += token.includes('=') ? 1 : 2;
        else if (global_options/* GLOBAL_SWITCHES */.ht.includes(token))
            i += 1;
        else
            break;
    }
    const next = argv[i];
    if (next !== undefined && !next.startsWith('-'))
        return [...argv];
    if (next !== undefined && ['-h', '--help', '-v', '--version'].includes(next))
        return [...argv];
    return [...argv.slice(0, i), 'report', ...argv.slice(i)];
}
function reportError(error, io, debug) {
    if (error instanceof errors/* UserError */.y) {
        io.stderr.write(`aws-monitor: ${error.message}\n`);
    }
    else if (error?.name === 'CredentialsUnusableError') {
        io.stderr.write(`aws-monitor: AWS rejected the credentials: ${error.message}\nCheck the access key, the profile or role, and that the session has not expired.\n`);
    }
    else if ((0,aws_errors/* isUnreachable */.R0)(error)) {
        io.stderr.write(`aws-monitor: could not reach AWS: ${(0,aws_errors/* describeAwsError */.Pp)(error)}\n`);
    }
    else {
        io.stderr.write(`aws-monitor: unexpected error: ${error?.message ?? String(error)}\n`);
        if (debug && error instanceof Error && error.stack)
            io.stderr.write(`${error.stack}\n`);
        else
            io.stderr.write('(run again with --debug for details, and report it with the command you ran)\n');
    }
    return exit_codes/* EXIT */.d.toolError;
}

;// CONCATENATED MODULE: ./src/cli/signals.ts
// Ends the CLI at once on SIGTERM or SIGINT (docker stop, Ctrl-C), whatever it is doing: a scan or
// `gate --watch` is waiting on the network and holds nothing to flush, so exiting is the clean stop.
// Without a handler, Node as a container's PID 1 never sees SIGTERM (the kernel delivers to PID 1
// only the signals it handles), so `docker stop` waited its 10 s grace and then killed it.
/** 128 + the signal number, as shells report a command a signal ended. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
/** Installs the handlers; the returned function removes them. */
function exitOnStopSignals(target) {
    const handlers = Object.keys(SIGNAL_EXIT_CODES).map((signal) => {
        const handler = () => {
            // A new line first: a terminal may be showing the progress line, which has none.
            target.stderr.write(`${target.stderr.isTTY ? '\n' : ''}aws-monitor: stopped by ${signal}\n`);
            // exit(), not re-raising the signal: as PID 1 a re-raised default signal would be ignored.
            target.exit(SIGNAL_EXIT_CODES[signal]);
        };
        target.once(signal, handler);
        return [signal, handler];
    });
    return () => {
        for (const [signal, handler] of handlers)
            target.off(signal, handler);
    };
}

;// CONCATENATED MODULE: ./src/cli/index.ts



exitOnStopSignals(process);
void main(process.argv.slice(2), (0,io/* processIo */.Wr)()).then((code) => {
    process.exitCode = code;
});

