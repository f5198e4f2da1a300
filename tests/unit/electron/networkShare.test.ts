import { describe, expect, it } from 'vitest';
import { onNetworkShare } from '../../../electron/files/networkShare';

describe('onNetworkShare', () => {
  const local = () => ({ type: 0xef53 }); // ext4
  it('recognises UNC paths on every system', () => {
    expect(onNetworkShare('\\\\server\\team\\regio.db', local, 'win32')).toBe(true);
    expect(onNetworkShare('//server/team/regio.db', local, 'darwin')).toBe(true);
  });
  it('recognises NFS and SMB mounts on Linux by their file system', () => {
    expect(onNetworkShare('/mnt/team/regio.db', () => ({ type: 0x6969 }), 'linux')).toBe(true);
    expect(onNetworkShare('/mnt/team/regio.db', () => ({ type: 0xfe534d42 }), 'linux')).toBe(true);
    expect(onNetworkShare('/home/anna/regio.db', local, 'linux')).toBe(false);
  });
  it('is quiet about what it cannot tell', () => {
    expect(onNetworkShare('C:\\Users\\anna\\regio.db', local, 'win32')).toBe(false);
    expect(onNetworkShare(':memory:', local, 'linux')).toBe(false);
    const missing = () => {
      throw new Error('ENOENT');
    };
    expect(onNetworkShare('/weg/regio.db', missing, 'linux')).toBe(false);
  });
});
