// The password-change page: POST /api/password with the old password (no login needed).
(function () {
  var form = document.getElementById('change');
  var result = document.getElementById('result');

  function show(text, done) {
    result.textContent = text;
    result.className = done ? 'done' : 'refused';
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var newPassword = form.newPassword.value;
    if (newPassword !== form.repeat.value) {
      show('两次输入的新口令不一致。', false);
      return;
    }
    fetch('api/password', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: JSON.stringify({
        userId: form.userId.value.trim(),
        oldPassword: form.oldPassword.value,
        newPassword: newPassword
      })
    }).then(function (response) {
      return response.json().catch(function () {
        return {};
      }).then(function (body) {
        if (response.ok) {
          form.reset();
          show(body.message || '口令已修改,请使用新口令登录。', true);
        } else {
          show(body.message || '修改未成功(' + response.status + '),请稍后重试。', false);
        }
      });
    }).catch(function () {
      show('无法连接服务器,请稍后重试。', false);
    });
  });
})();
