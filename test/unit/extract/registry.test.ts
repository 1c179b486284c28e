import { personKey, sameName } from '../../../src/actors/registry';

describe('sameName', () => {
  it('joins transliteration variants of one name', () => {
    expect(sameName('Park Sung-min', 'Park Seong-min')).toBe(true);
    expect(sameName('Lee Jae-sun', 'Lea Jae-sun')).toBe(true);
    expect(sameName('Anna Weber', 'Anna  Weber')).toBe(true);
  });

  it('keeps different people apart', () => {
    expect(sameName('Park Won Gon', 'Park Kwang On')).toBe(false);
    expect(sameName('Kim Sung-nam', 'Kim Yung-ho')).toBe(false);
    expect(sameName('John Smith', 'Jane Smith')).toBe(false);
  });
});

describe('personKey', () => {
  it('gives spelling variants one id', () => {
    expect(personKey('Park Sung-min')).toBe(personKey('Park Seong-min'));
    expect(personKey('Sergey Ivanov')).toBe(personKey('Sergei Ivanov'));
    expect(personKey('Lee Jae-sun')).toBe(personKey('Lee Jae Sun'));
  });

  it('gives different names different ids', () => {
    expect(personKey('Park Won Gon')).not.toBe(personKey('Park Kwang On'));
  });
});
