import { parseIni, replaceIniSection } from '../../src/config/ini-file.js';

describe('ini file reader', () => {
  it('reads sections, keys and values with their line numbers', () => {
    const { doc, problems } = parseIni('; comment\n[scan]\nsince = 7d ; inline comment\n\n[account:prod]\nrole_arn = "arn:aws:iam::123456789012:role/x"\n', 'c.ini');
    expect(problems).toEqual([]);
    expect(doc.get('scan')?.get('since')).toEqual({ value: '7d', line: 3 });
    expect(doc.get('account:prod')?.get('role_arn')?.value).toBe('arn:aws:iam::123456789012:role/x');
  });

  it('keeps a regex containing ; and # that are not preceded by a space', () => {
    const { doc } = parseIni('[logs]\nerror_patterns = a;b#c || \\bERROR\\b\n', 'c.ini');
    expect(doc.get('logs')?.get('error_patterns')?.value).toBe('a;b#c || \\bERROR\\b');
  });

  it('reports a key set twice instead of silently keeping the last value', () => {
    const { problems } = parseIni('[scan]\nsince = 1d\nsince = 2d\n', 'c.ini');
    expect(problems).toEqual([{ where: 'c.ini:3 [scan] since', message: 'set twice (first on line 2); keep one' }]);
  });

  it('names the line of a line that is neither a section nor a key', () => {
    const { problems } = parseIni('[scan]\nthis is not ini\n', 'c.ini');
    expect(problems[0]?.where).toBe('c.ini:2');
  });
});

describe('ini section writer', () => {
  it('replaces one section and keeps every other line, comments included', () => {
    const before = '; my settings\n[aws]\nregion = eu-west-1 ; Ireland\n\n[credentials]\naws_access_key_id = OLD\n\n; tail comment\n[scan]\nsince = 7d\n';
    const after = replaceIniSection(before, 'credentials', { aws_access_key_id: 'NEW', aws_secret_access_key: 'S' });
    expect(after).toBe(
      '; my settings\n[aws]\nregion = eu-west-1 ; Ireland\n\n[credentials]\naws_access_key_id = NEW\naws_secret_access_key = S\n\n; tail comment\n[scan]\nsince = 7d\n',
    );
  });

  it('appends the section when the file has none', () => {
    expect(replaceIniSection('[aws]\nregion = us-east-2\n', 'credentials', { a: '1' })).toBe('[aws]\nregion = us-east-2\n\n[credentials]\na = 1\n');
  });
});
