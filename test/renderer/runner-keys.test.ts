import { describe, expect, it } from 'vitest';
import { keyToAction } from '../../renderer/src/screens/runner/runner-keys';

describe('runner keys', () => {
  it.each([
    ['1', { type: 'score', value: 1 }],
    ['5', { type: 'score', value: 5 }],
    // The grid's sixth and seventh columns: the same keys in Finnish and English.
    ['6', { type: 'score', value: 'na' }],
    ['7', { type: 'score', value: 'dont-know' }],
    // The keys of the first releases still work.
    ['n', { type: 'score', value: 'na' }],
    ['N', { type: 'score', value: 'na' }],
    ['d', { type: 'score', value: 'dont-know' }],
    ['D', { type: 'score', value: 'dont-know' }],
    ['Backspace', { type: 'score', value: null }],
    ['ArrowUp', { type: 'row', delta: -1 }],
    ['ArrowDown', { type: 'row', delta: 1 }],
    ['ArrowLeft', { type: 'statement', delta: -1 }],
    ['ArrowRight', { type: 'statement', delta: 1 }],
    ['Enter', { type: 'statement', delta: 1 }],
    ['?', { type: 'help' }],
    ['p', { type: 'presentation' }],
    ['f', { type: 'fullscreen' }],
    ['v', { type: 'reveal' }],
    ['m', { type: 'note' }],
  ])('%s → %j', (key, action) => expect(keyToAction({ key })).toEqual(action));

  it('ignores other keys, modified keys and typing in fields', () => {
    expect(keyToAction({ key: '8' })).toBeNull();
    expect(keyToAction({ key: 'x' })).toBeNull();
    expect(keyToAction({ key: '3', ctrlKey: true })).toBeNull();
    expect(keyToAction({ key: 'n', metaKey: true })).toBeNull();
    expect(keyToAction({ key: '3', target: document.createElement('textarea') })).toBeNull();
    expect(keyToAction({ key: '3', target: document.createElement('input') })).toBeNull();
    expect(keyToAction({ key: '3', target: document.createElement('button') })).toEqual({ type: 'score', value: 3 });
  });

  it('still scores after a switch or checkbox was clicked with the mouse (focus stays on it)', () => {
    const input = (type: string) => Object.assign(document.createElement('input'), { type });
    expect(keyToAction({ key: '3', target: input('checkbox') })).toEqual({ type: 'score', value: 3 });
    expect(keyToAction({ key: 'ArrowDown', target: input('checkbox') })).toEqual({ type: 'row', delta: 1 });
    expect(keyToAction({ key: '2', target: input('radio') })).toEqual({ type: 'score', value: 2 });
    for (const type of ['text', 'number', 'date', 'search']) expect(keyToAction({ key: '3', target: input(type) })).toBeNull();
  });
});
